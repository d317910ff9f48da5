-- Read-only views for the reports module: each module's tables mapped once to what a report counts, so that the
-- reports read through these views and never through another module's tables or repositories. A report counts
-- from them with a fixed number of aggregate queries, whatever the number of villages.

-- Every village with its town: the units a report breaks down into.
create view report_village as
select v.id as village_id, v.name as village_name, v.code as village_code, v.kind, v.rectification, v.demonstration,
       t.id as town_id, t.name as town_name, t.code as town_code, d.name as district_name
from village v
join town t on t.id = v.town_id
join district d on d.id = t.district_id;

-- Dated facts: one row per record and village it concerns (a campaign task or a zone covering three villages
-- gives three rows with the same subject_id; counts are therefore count(distinct subject_id)).
--   fact         what happened                     on_date       amount        category_id   state           days / due_on
--   CADRE_ADJUSTED   a post ended as not competent  post ended    1             post type
--   NEW_OPERATING    an operating project first     first change  investment    project cat.  RECTIFIED when the
--                    went into operation            to OPERATING  (万元)                      lead village is so
--   PROBLEM_RAISED   a problem raised               reported_on   1             problem cat.  PETITION or null
--   PROBLEM_RESOLVED a problem resolved             resolved_on   1             problem cat.  PETITION or null  days taken
--   RECEPTION        a reception of residents       received_on   people        -
--   COMMITMENT       a public commitment pledged    pledged_on    1             -             its status        promised_by
--   COMMITMENT_FULFILLED  a public commitment kept  fulfilled_on  1
--   TALENT_RETURNED / ADVISER  joined the pool      since_date    1             (advisers have no village)
--   PARTNER_PROJECT  a partner project opened       open_from     investment
--   TASK_COMPLETED   a campaign task done           completed_on  1             campaign
--   ZONE_PLAN        a zone's plan approved         approved on   1
create view report_event as
select 'CADRE_ADJUSTED'::varchar(30) as fact, h.id as subject_id, h.village_id, h.to_date as on_date,
       1::numeric as amount, h.post_type_id as category_id, null::varchar(20) as state, null::integer as days,
       null::date as due_on
from post_held h
where h.end_reason = 'NOT_COMPETENT'
union all
select 'NEW_OPERATING', p.id, p.lead_village_id, first_operating.on_date, coalesce(p.investment_wan, 0), p.category_id,
       case when v.rectification then 'RECTIFIED' end, null, null
from project p
join (select c.project_id, min(c.changed_on) as on_date
      from project_status_change c where c.to_status = 'OPERATING' group by c.project_id) first_operating
  on first_operating.project_id = p.id
join village v on v.id = p.lead_village_id
where p.operating
union all
select 'PROBLEM_RAISED', p.id, p.village_id, p.reported_on, 1, p.category_id, case when p.petition then 'PETITION' end,
       null, null
from problem p
union all
select 'PROBLEM_RESOLVED', p.id, p.village_id, p.resolved_on, 1, p.category_id, case when p.petition then 'PETITION' end,
       p.resolved_on - p.reported_on, null
from problem p
where p.status = 'RESOLVED' and p.resolved_on is not null
union all
select 'RECEPTION', r.id, r.village_id, r.received_on, r.people_count, null, null, null, null
from reception r
union all
select 'COMMITMENT', c.id, c.village_id, c.pledged_on, 1, null, c.status, null, c.promised_by
from commitment c
where c.public_notice
union all
select 'COMMITMENT_FULFILLED', c.id, c.village_id, c.fulfilled_on, 1, null, null, null, null
from commitment c
where c.public_notice and c.status = 'FULFILLED' and c.fulfilled_on is not null
union all
select case t.kind when 'RETURNED' then 'TALENT_RETURNED' else 'ADVISER' end, t.id, t.village_id, t.since_date, 1, null,
       null, null, null
from talent_person t
union all
select 'PARTNER_PROJECT', p.id, p.village_id, p.open_from, coalesce(p.investment_wan, 0), null, p.status, null, null
from partner_project p
union all
select 'TASK_COMPLETED', t.id, tv.village_id, t.completed_on, 1, t.campaign_id, null, null, null
from campaign_task t
left join campaign_task_village tv on tv.task_id = t.id
where t.status = 'DONE' and t.completed_on is not null
union all
select 'ZONE_PLAN', z.id, zv.village_id, z.plan_approved_on, 1, null, null, null, null
from demonstration_zone z
left join demonstration_zone_village zv on zv.zone_id = z.id
where z.plan_approved_on is not null;

-- Posts held, with what the cadre figures need to know of the post and the person.
create view report_post as
select h.id as post_id, h.person_id, h.village_id, h.from_date, h.to_date, h.post_type_id,
       pt.code as post_code, pt.name_zh as post_name_zh, pt.name_en as post_name_en, pt.sort_order as post_sort_order,
       pt.code in ('PARTY_SECRETARY', 'DEPUTY_SECRETARY') as secretary_or_deputy,
       coalesce(p.birth_date between date '1990-01-01' and date '1999-12-31', false) as nineties,
       exists (select 1 from cohort_member m where m.person_id = h.person_id) as in_cohort
from post_held h
join post_type pt on pt.id = h.post_type_id
join person p on p.id = h.person_id;

-- Industry projects with their category and the number of partner villages in their agreement.
create view report_project as
select p.id as project_id, p.name, p.lead_village_id as village_id, p.category_id, c.code as category_code,
       c.name_zh as category_name_zh, c.name_en as category_name_en, c.sort_order as category_sort_order,
       p.status, p.operating, p.key_supervised, p.investment_wan, p.land_mu, p.income_per_village,
       p.started_on, p.finished_on,
       (select count(*) from project_partner pp where pp.project_id = p.id) as partner_count
from project p
join project_category c on c.id = p.category_id;

-- The villages that are partners of a project's agreement, by name.
create view report_project_partner as
select pp.project_id, pp.village_id, v.name as village_name, pp.role, pp.land_mu
from project_partner pp
join village v on v.id = pp.village_id;

-- Resident representatives and their terms.
create view report_representative as
select r.id as representative_id, r.village_id, r.term_from, r.term_to
from representative r;

-- Problem categories by name, for the breakdown of problems.
create view report_problem_category as
select c.id as category_id, c.code, c.name_zh, c.name_en, c.sort_order
from problem_category c;
