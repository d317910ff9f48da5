-- The village report is the dossier as a report: it also shows the village's profile and who holds its posts.
-- Columns are added at the end of the views (create or replace keeps the existing ones as they are).
create or replace view report_village as
select v.id as village_id, v.name as village_name, v.code as village_code, v.kind, v.rectification, v.demonstration,
       t.id as town_id, t.name as town_name, t.code as town_code, d.name as district_name,
       v.population, v.households, v.farmland_mu, v.collective_income,
       (select string_agg(s.product, '、' order by s.product) from village_specialty s where s.village_id = v.id) as specialties
from village v
join town t on t.id = v.town_id
join district d on d.id = t.district_id;

create or replace view report_post as
select h.id as post_id, h.person_id, h.village_id, h.from_date, h.to_date, h.post_type_id,
       pt.code as post_code, pt.name_zh as post_name_zh, pt.name_en as post_name_en, pt.sort_order as post_sort_order,
       pt.code in ('PARTY_SECRETARY', 'DEPUTY_SECRETARY') as secretary_or_deputy,
       coalesce(p.birth_date between date '1990-01-01' and date '1999-12-31', false) as nineties,
       exists (select 1 from cohort_member m where m.person_id = h.person_id) as in_cohort,
       p.name as person_name
from post_held h
join post_type pt on pt.id = h.post_type_id
join person p on p.id = h.person_id;
