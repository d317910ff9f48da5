-- The dated facts of report_event (V76) counted per town and month, so that a district-wide report of whole months
-- reads a few hundred thousand rollup rows instead of 1.4 million facts a year (issue 13). Kept in the same transaction
-- as the records by the statement triggers below: a write recomputes the (town, month) keys it touches, for the facts
-- of its table only, from report_event itself. Campaign tasks and zones are not rolled up: they are counted distinct
-- over several villages (a task of two towns counts once in the district), and their tables are small.
--   town_id      the fact's village's town; null: a fact without a village (an adviser)
--   month        the first day of the month of on_date
--   category_id  the problem category, for PROBLEM_RAISED and PROBLEM_RESOLVED only (the report tables them for the
--                district; no other fact's category is read)
--   state        as in report_event
--   due_on       promised_by of a commitment still PLEDGED or IN_PROGRESS (the report counts those overdue on its day)
--   n, amount    how many facts, and the sum of their amount
create table report_event_month (
    town_id     bigint,
    month       date        not null,
    fact        varchar(30) not null,
    category_id bigint,
    state       varchar(20),
    due_on      date,
    n           bigint      not null,
    amount      numeric
);
create unique index report_event_month_key on report_event_month (month, town_id, fact, category_id, state, due_on) nulls not distinct;
create index report_event_month_town_idx on report_event_month (town_id, month);
-- the monthly trend reads two facts only
create index report_event_month_fact_idx on report_event_month (fact, month);

-- The days from raised to resolved of the problems resolved in a month, per town: a histogram, from which the report's
-- exact median of any whole months is read (days are whole numbers).
create table report_resolved_days_month (
    town_id bigint,
    month   date    not null,
    days    integer not null,
    n       bigint  not null
);
create unique index report_resolved_days_month_key on report_resolved_days_month (month, town_id, days) nulls not distinct;
create index report_resolved_days_month_town_idx on report_resolved_days_month (town_id, month);

-- Recomputes the rollup rows of some facts for each (town, month) given, from report_event. An advisory lock per key,
-- held until commit, makes a concurrent writer of the same key wait and then recompute from what this one committed
-- (each statement of a PL/pgSQL function sees what committed before it under READ COMMITTED, the portal's level).
create function report_rollup_refresh(p_facts varchar[], p_towns bigint[], p_months date[]) returns void
language plpgsql as $$
declare
    k record;
    villages bigint[];
    next_month date;
begin
    for k in select distinct t.town_id, t.month from unnest(p_towns, p_months) as t(town_id, month)
             where t.month is not null order by 1 nulls first, 2 loop
        perform pg_advisory_xact_lock(hashtextextended('report_event_month:' || coalesce(k.town_id::text, '-') || ':' || k.month, 0));
        next_month := (k.month + interval '1 month')::date;
        if k.town_id is null then
            delete from report_event_month where town_id is null and month = k.month and fact = any(p_facts);
            insert into report_event_month (town_id, month, fact, category_id, state, due_on, n, amount)
            select null, k.month, e.fact, case when e.fact in ('PROBLEM_RAISED', 'PROBLEM_RESOLVED') then e.category_id end, e.state,
                   case when e.state in ('PLEDGED', 'IN_PROGRESS') then e.due_on end, count(*), sum(e.amount)
            from report_event e
            where e.fact = any(p_facts) and e.fact <> 'NEW_OPERATING' and e.village_id is null
              and e.on_date >= k.month and e.on_date < next_month
            group by 3, 4, 5, 6;
            if 'PROBLEM_RESOLVED' = any(p_facts) then
                delete from report_resolved_days_month where town_id is null and month = k.month;
                insert into report_resolved_days_month (town_id, month, days, n)
                select null, k.month, e.days, count(*)
                from report_event e
                where e.fact = 'PROBLEM_RESOLVED' and e.village_id is null and e.on_date >= k.month and e.on_date < next_month
                group by 3;
            end if;
            continue;
        end if;
        villages := array(select id from village where town_id = k.town_id);
        delete from report_event_month where town_id = k.town_id and month = k.month and fact = any(p_facts);
        insert into report_event_month (town_id, month, fact, category_id, state, due_on, n, amount)
        select k.town_id, k.month, e.fact, case when e.fact in ('PROBLEM_RAISED', 'PROBLEM_RESOLVED') then e.category_id end, e.state,
               case when e.state in ('PLEDGED', 'IN_PROGRESS') then e.due_on end, count(*), sum(e.amount)
        from report_event e
        where e.fact = any(p_facts) and e.fact <> 'NEW_OPERATING' and e.village_id = any(villages)
          and e.on_date >= k.month and e.on_date < next_month
        group by 3, 4, 5, 6;
        if 'NEW_OPERATING' = any(p_facts) then
            -- report_event's NEW_OPERATING branch, per project of the town: through the view, PostgreSQL would first
            -- find the first day of operation of every project of the province (0.5 s at province scale)
            insert into report_event_month (town_id, month, fact, category_id, state, due_on, n, amount)
            select k.town_id, k.month, 'NEW_OPERATING', null, case when v.rectification then 'RECTIFIED' end, null, count(*),
                   sum(coalesce(p.investment_wan, 0))
            from project p
            join village v on v.id = p.lead_village_id
            cross join lateral (select min(c.changed_on) as on_date from project_status_change c
                                where c.project_id = p.id and c.to_status = 'OPERATING') first_operating
            where p.operating and p.lead_village_id = any(villages)
              and first_operating.on_date >= k.month and first_operating.on_date < next_month
            group by 5;
        end if;
        if 'PROBLEM_RESOLVED' = any(p_facts) then
            delete from report_resolved_days_month where town_id = k.town_id and month = k.month;
            insert into report_resolved_days_month (town_id, month, days, n)
            select k.town_id, k.month, e.days, count(*)
            from report_event e
            where e.fact = 'PROBLEM_RESOLVED' and e.village_id = any(villages) and e.on_date >= k.month and e.on_date < next_month
            group by 3;
        end if;
    end loop;
end
$$;

-- The statement trigger of a fact table: TG_ARGV[0] names the facts the table gives (comma-separated), TG_ARGV[1] is
-- a query of (village_id, day) pairs a changed row may have facts on, with %1$I for the transition table (the rows
-- before and the rows after the statement). Their towns and months are recomputed after the statement.
create function report_rollup_changed() returns trigger
language plpgsql as $$
declare
    pairs text;
    towns bigint[];
    months date[];
begin
    pairs := case tg_op
        when 'INSERT' then format(tg_argv[1], 'new_rows')
        when 'DELETE' then format(tg_argv[1], 'old_rows')
        else format(tg_argv[1], 'old_rows') || ' union all ' || format(tg_argv[1], 'new_rows') end;
    execute 'select array_agg(town_id), array_agg(month) from (select distinct v.town_id, date_trunc(''month'', x.on_date)::date as month '
        || 'from (' || pairs || ') x(village_id, on_date) left join village v on v.id = x.village_id where x.on_date is not null) k'
        into towns, months;
    if towns is not null then
        perform report_rollup_refresh(string_to_array(tg_argv[0], ',')::varchar[], towns, months);
    end if;
    return null;
end
$$;

-- A village that moves to another town, or whose rectification changes (a project's NEW_OPERATING state), has its
-- facts' months recomputed in both towns.
create function report_rollup_village_changed() returns trigger
language plpgsql as $$
declare
    moved bigint[];
    towns bigint[];
    months date[];
begin
    moved := array(select n.id from old_rows o join new_rows n on n.id = o.id
                   where o.town_id is distinct from n.town_id or o.rectification is distinct from n.rectification);
    if cardinality(moved) = 0 then
        return null;
    end if;
    select array_agg(k.town_id), array_agg(k.month) into towns, months
    from (select distinct t.town_id, f.month
          from (select distinct e.village_id, date_trunc('month', e.on_date)::date as month from report_event e
                where e.village_id = any(moved) and e.on_date is not null) f
          join (select o.id, o.town_id from old_rows o union select n.id, n.town_id from new_rows n) t on t.id = f.village_id) k;
    if towns is not null then
        perform report_rollup_refresh(array['CADRE_ADJUSTED', 'NEW_OPERATING', 'PROBLEM_RAISED', 'PROBLEM_RESOLVED', 'RECEPTION',
            'COMMITMENT', 'COMMITMENT_FULFILLED', 'TALENT_RETURNED', 'ADVISER', 'PARTNER_PROJECT']::varchar[], towns, months);
    end if;
    return null;
end
$$;

create trigger report_rollup_village after update on village referencing old table as old_rows new table as new_rows
    for each statement execute function report_rollup_village_changed();

-- One trigger per table and operation (a trigger with transition tables fires on one operation only).
do $$
declare
    t record;
    op text;
begin
    for t in select * from (values
        ('post_held', 'CADRE_ADJUSTED', 'select village_id, to_date from %1$I'),
        ('problem', 'PROBLEM_RAISED,PROBLEM_RESOLVED',
         'select village_id, reported_on from %1$I union all select village_id, resolved_on from %1$I'),
        ('reception', 'RECEPTION', 'select village_id, received_on from %1$I'),
        ('commitment', 'COMMITMENT,COMMITMENT_FULFILLED',
         'select village_id, pledged_on from %1$I union all select village_id, fulfilled_on from %1$I'),
        ('talent_person', 'TALENT_RETURNED,ADVISER', 'select village_id, since_date from %1$I'),
        ('partner_project', 'PARTNER_PROJECT', 'select village_id, open_from from %1$I'),
        -- a project's fact is on its first change to OPERATING; a deleted project's changes are gone with it (cascade),
        -- so its town's months with such facts are all recomputed
        ('project', 'NEW_OPERATING',
         'select r.lead_village_id, c.changed_on from %1$I r join project_status_change c on c.project_id = r.id and c.to_status = ''OPERATING'' '
         || 'union all select r.lead_village_id, m.month from %1$I r join village v on v.id = r.lead_village_id '
         || 'join report_event_month m on m.town_id = v.town_id and m.fact = ''NEW_OPERATING'''),
        -- a change before the first one to OPERATING moves the project's fact from that one's month to its own
        ('project_status_change', 'NEW_OPERATING',
         'select p.lead_village_id, r.changed_on from %1$I r join project p on p.id = r.project_id '
         || 'union all select p.lead_village_id, c.changed_on from (select distinct project_id from %1$I) r join project p on p.id = r.project_id '
         || 'join project_status_change c on c.project_id = p.id and c.to_status = ''OPERATING''')
    ) as x(tbl, facts, pairs) loop
        foreach op in array array['insert', 'update', 'delete'] loop
            execute format('create trigger %I after %s on %I referencing %s for each statement execute function report_rollup_changed(%L, %L)',
                'report_rollup_' || op, op, t.tbl,
                case op when 'insert' then 'new table as new_rows' when 'delete' then 'old table as old_rows'
                    else 'old table as old_rows new table as new_rows' end,
                t.facts, t.pairs);
        end loop;
    end loop;
end
$$;

-- What the records hold now.
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
