-- The statuses each project had, as intervals, kept as a table instead of computed by the view report_project_status
-- (V20) on every read: the district's reports read every project's statuses, and at province scale the view numbered
-- and paired 803,246 status changes (a window over all of them, then a sort spilling to disk) for each report, about
-- 1.1 s of the statement's 2.2 s (issue 13). The view keeps its columns and meaning and now reads this table.
--   seq        1, 2, … in the order of the changes (day, then id), as row_number() gave it
--   from_date  the day of the change; a project without any change: its start (or 1900-01-01), in its current status
--   to_date    the day of the next change, excluded; null while the status lasts
create table project_status_interval (
    project_id bigint      not null references project (id) on delete cascade,
    seq        bigint      not null,
    status     varchar(20) not null,
    from_date  date        not null,
    to_date    date,
    primary key (project_id, seq)
);

-- The intervals of some projects, recomputed from their status changes (or, without any, from the project itself).
create function project_status_interval_refresh(p_projects bigint[]) returns void
language plpgsql as $$
begin
    delete from project_status_interval where project_id = any(p_projects);
    insert into project_status_interval (project_id, seq, status, from_date, to_date)
    select c.project_id, row_number() over w, c.to_status, c.changed_on, lead(c.changed_on) over w
    from project_status_change c
    where c.project_id = any(p_projects)
    window w as (partition by c.project_id order by c.changed_on, c.id);
    insert into project_status_interval (project_id, seq, status, from_date, to_date)
    select p.id, 1, p.status, coalesce(p.started_on, date '1900-01-01'), null
    from project p
    where p.id = any(p_projects) and not exists (select 1 from project_status_change c where c.project_id = p.id);
end
$$;

-- After a statement on the status changes or on projects: the projects it touched, before and after.
create function project_status_interval_changed() returns trigger
language plpgsql as $$
declare
    ids bigint[];
    column_name text := tg_argv[0];
begin
    if tg_op = 'INSERT' then
        execute format('select array_agg(distinct %I) from new_rows', column_name) into ids;
    elsif tg_op = 'DELETE' then
        execute format('select array_agg(distinct %I) from old_rows', column_name) into ids;
    else
        execute format('select array_agg(distinct x) from (select %1$I as x from old_rows union select %1$I from new_rows) r',
                       column_name) into ids;
    end if;
    if ids is not null then
        perform project_status_interval_refresh(ids);
    end if;
    return null;
end
$$;

create trigger project_status_interval_insert after insert on project_status_change
    referencing new table as new_rows for each statement execute function project_status_interval_changed('project_id');
create trigger project_status_interval_update after update on project_status_change
    referencing old table as old_rows new table as new_rows for each statement execute function project_status_interval_changed('project_id');
create trigger project_status_interval_delete after delete on project_status_change
    referencing old table as old_rows for each statement execute function project_status_interval_changed('project_id');
-- a project without changes is one interval of its current status from its start; a deleted project's rows cascade
create trigger project_status_interval_insert after insert on project
    referencing new table as new_rows for each statement execute function project_status_interval_changed('id');
create trigger project_status_interval_update after update on project
    referencing old table as old_rows new table as new_rows for each statement execute function project_status_interval_changed('id');

insert into project_status_interval (project_id, seq, status, from_date, to_date)
select c.project_id, row_number() over w, c.to_status, c.changed_on, lead(c.changed_on) over w
from project_status_change c
window w as (partition by c.project_id order by c.changed_on, c.id);
insert into project_status_interval (project_id, seq, status, from_date, to_date)
select p.id, 1, p.status, coalesce(p.started_on, date '1900-01-01'), null
from project p
where not exists (select 1 from project_status_change c where c.project_id = p.id);

create or replace view report_project_status as
select project_id, status, from_date, to_date, seq from project_status_interval;
