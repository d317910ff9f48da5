-- Rebuilds every table the report triggers keep (V80 report_event_month and report_resolved_days_month, V81
-- project_status_interval) from the records, in one statement per table and without the triggers' per-key advisory
-- locks. For a bulk load that runs with the triggers off (session_replication_role = replica: bench/province.sql,
-- whose single inserts of a province's records would otherwise take one lock per town and month and exhaust
-- max_locks_per_transaction), and for an operator repairing drift after the triggers were disabled by hand. The
-- rows are what the migrations that made the tables wrote; ReportRollupTests checks that they agree with the records.
-- Takes an exclusive lock on the kept tables, so a concurrent writer waits for the rebuild to commit.
create function report_rollups_rebuild() returns void
language plpgsql as $$
begin
    lock table report_event_month, report_resolved_days_month, project_status_interval in exclusive mode;
    truncate project_status_interval;
    insert into project_status_interval (project_id, seq, status, from_date, to_date)
    select c.project_id, row_number() over w, c.to_status, c.changed_on, lead(c.changed_on) over w
    from project_status_change c
    window w as (partition by c.project_id order by c.changed_on, c.id);
    insert into project_status_interval (project_id, seq, status, from_date, to_date)
    select p.id, 1, p.status, coalesce(p.started_on, date '1900-01-01'), null
    from project p
    where not exists (select 1 from project_status_change c where c.project_id = p.id);

    truncate report_event_month, report_resolved_days_month;
    insert into report_event_month (town_id, month, fact, category_id, state, due_on, n, amount)
    select v.town_id, date_trunc('month', e.on_date)::date, e.fact,
           case when e.fact in ('PROBLEM_RAISED', 'PROBLEM_RESOLVED') then e.category_id end, e.state,
           case when e.state in ('PLEDGED', 'IN_PROGRESS') then e.due_on end, count(*), sum(e.amount)
    from report_event e
    left join village v on v.id = e.village_id
    where e.on_date is not null and e.fact not in ('TASK_COMPLETED', 'ZONE_PLAN')
    group by 1, 2, 3, 4, 5, 6;
    insert into report_resolved_days_month (town_id, month, days, n)
    select v.town_id, date_trunc('month', e.on_date)::date, e.days, count(*)
    from report_event e
    left join village v on v.id = e.village_id
    where e.fact = 'PROBLEM_RESOLVED'
    group by 1, 2, 3;
end
$$;
