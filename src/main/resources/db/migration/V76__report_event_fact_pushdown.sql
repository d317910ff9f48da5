-- report_event (V9) again, with every branch's fact of one type (varchar, the view column's). None was: the first
-- branch's was varchar(30), the others text literals, all coerced by the UNION, and PostgreSQL does not push a condition on a column whose type
-- differs between the branches into them. So a statement asking for one fact (the medians: PROBLEM_RESOLVED; the
-- trend; tasks and zones) read every branch of the period and dropped the other facts' rows afterwards: at province
-- scale (70,000 villages, 1.4 million facts in 2023) 9-10 s each instead of reading its one or two tables. The talents'
-- branch is split in two (returned talents, advisers) for the same reason: a fact computed per row is not a constant.
create or replace view report_event as
select 'CADRE_ADJUSTED'::varchar as fact, h.id as subject_id, h.village_id, h.to_date as on_date,
       1::numeric as amount, h.post_type_id as category_id, null::varchar(20) as state, null::integer as days,
       null::date as due_on
from post_held h
where h.end_reason = 'NOT_COMPETENT'
union all
select 'NEW_OPERATING'::varchar, p.id, p.lead_village_id, first_operating.on_date, coalesce(p.investment_wan, 0), p.category_id,
       case when v.rectification then 'RECTIFIED' end, null, null
from project p
join (select c.project_id, min(c.changed_on) as on_date
      from project_status_change c where c.to_status = 'OPERATING' group by c.project_id) first_operating
  on first_operating.project_id = p.id
join village v on v.id = p.lead_village_id
where p.operating
union all
select 'PROBLEM_RAISED'::varchar, p.id, p.village_id, p.reported_on, 1, p.category_id, case when p.petition then 'PETITION' end,
       null, null
from problem p
union all
select 'PROBLEM_RESOLVED'::varchar, p.id, p.village_id, p.resolved_on, 1, p.category_id, case when p.petition then 'PETITION' end,
       p.resolved_on - p.reported_on, null
from problem p
where p.status = 'RESOLVED' and p.resolved_on is not null
union all
select 'RECEPTION'::varchar, r.id, r.village_id, r.received_on, r.people_count, null, null, null, null
from reception r
union all
select 'COMMITMENT'::varchar, c.id, c.village_id, c.pledged_on, 1, null, c.status, null, c.promised_by
from commitment c
where c.public_notice
union all
select 'COMMITMENT_FULFILLED'::varchar, c.id, c.village_id, c.fulfilled_on, 1, null, null, null, null
from commitment c
where c.public_notice and c.status = 'FULFILLED' and c.fulfilled_on is not null
union all
select 'TALENT_RETURNED'::varchar, t.id, t.village_id, t.since_date, 1, null, null, null, null
from talent_person t
where t.kind = 'RETURNED'
union all
select 'ADVISER'::varchar, t.id, t.village_id, t.since_date, 1, null, null, null, null
from talent_person t
where t.kind is distinct from 'RETURNED'
union all
select 'PARTNER_PROJECT'::varchar, p.id, p.village_id, p.open_from, coalesce(p.investment_wan, 0), null, p.status, null, null
from partner_project p
union all
select 'TASK_COMPLETED'::varchar, t.id, tv.village_id, t.completed_on, 1, t.campaign_id, null, null, null
from campaign_task t
left join campaign_task_village tv on tv.task_id = t.id
where t.status = 'DONE' and t.completed_on is not null
union all
select 'ZONE_PLAN'::varchar, z.id, zv.village_id, z.plan_approved_on, 1, null, null, null, null
from demonstration_zone z
left join demonstration_zone_village zv on zv.zone_id = z.id
where z.plan_approved_on is not null;
