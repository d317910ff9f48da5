-- Household visits and project progress entries per village and day: work the quarterly ledger (季度工作台账) counts
-- besides the report's figures (reports.VillageFigures reads this view, not the modules' tables). A project's progress
-- entries count for its lead village.
create view report_activity as
select 'VISIT'::varchar(30) as fact, v.village_id, v.visited_on as on_date
from household_visit v
union all
select 'PROGRESS_ENTRY'::varchar(30), p.lead_village_id, e.entry_date
from project_progress e join project p on p.id = e.project_id;
