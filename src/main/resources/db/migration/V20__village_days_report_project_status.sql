-- A village or community exists from the day it was established until the day it was dissolved (merged into another
-- as 村改社区 does, or abolished): a report counts the villages that exist on its day, so that a past year's report
-- does not change when a village is added or merged later.
--   established_on  the first day it exists; null: since before records began (every village the portal had before
--                   this migration, and the demo district's, which all date from long before 2023)
--   dissolved_on    the day it ceased to exist (on that day it no longer counts: the community it merged into,
--                   established the same day, takes its place without counting twice); null: it still exists
alter table village add column established_on date, add column dissolved_on date;
alter table village add constraint village_days_chk
    check (dissolved_on is null or established_on is null or dissolved_on > established_on);
alter table village_aud add column established_on date, add column dissolved_on date;

-- report_village (V10) with the two days at the end (create or replace keeps the existing columns as they are).
create or replace view report_village as
select v.id as village_id, v.name as village_name, v.code as village_code, v.kind, v.rectification, v.demonstration,
       t.id as town_id, t.name as town_name, t.code as town_code, d.name as district_name,
       v.population, v.households, v.farmland_mu, v.collective_income,
       (select string_agg(s.product, '、' order by s.product) from village_specialty s where s.village_id = v.id) as specialties,
       v.established_on, v.dissolved_on
from village v
join town t on t.id = v.town_id
join district d on d.id = t.district_id;

-- Each project's statuses over time: one row per status it had, from the day of the change into it until the day of
-- the next change (to_date, excluded; null while it lasts). A project "在建和运营" in a period is one with a BUILDING
-- or OPERATING row overlapping it, whatever its dates say. A project without any recorded change (written by a bulk
-- path) has one row: its current status since its start (or since always).
create view report_project_status as
select c.project_id, c.to_status as status, c.changed_on as from_date,
       lead(c.changed_on) over (partition by c.project_id order by c.changed_on, c.id) as to_date,
       row_number() over (partition by c.project_id order by c.changed_on, c.id) as seq
from project_status_change c
union all
select p.id, p.status, coalesce(p.started_on, date '1900-01-01'), null, 1
from project p
where not exists (select 1 from project_status_change c where c.project_id = p.id);
