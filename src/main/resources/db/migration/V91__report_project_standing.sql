-- The industry projects 在建和运营 per town, kept current instead of computed from every project's statuses on each
-- district report: at province scale that statement aggregated 803,246 status intervals and joined them with 280,000
-- projects (about 1.7 s on a quiet machine, 8-15 s under load; issue 13). The figure is not a count on one day: a
-- project counts once if it was BUILDING or OPERATING on any day of the period, tabled in its status on the report's day
-- (asOf, within the period). So it is kept in two parts, both recomputed per town by the triggers below:
--
-- report_project_standing: per town and category, the projects BUILDING and those OPERATING on each day, as a step
-- function of the day (from_date; to_date excluded, null: still), with their key-supervised count, investment, land
-- and income (income per village times the villages of the agreement). A project in such a status on the report's day
-- counts, in that status; only days with at least one such project are kept.
--
-- report_project_edge: the stretches of a project's life (its status intervals, and the days before its first one,
-- tabled in its current status) on which the report's day can fall while the project still counts or still operated
-- in the period: a stretch not BUILDING or OPERATING after or before such a status, a BUILDING one after or before an
-- OPERATING one. Each holds the end of the last active (operating) interval before it and the start of the first after
-- it, so that a period [a, b] holding the report's day c counts the project when the end lies in (a, c] or the start in
-- (c, b], as the old statement's test "from_date <= b and to_date > a" on each interval gives (also for an interval of
-- no days, two changes on one day).
create table report_project_standing (
    town_id              bigint  not null,
    category_id          bigint  not null,
    from_date            date    not null,
    to_date              date,
    building             bigint  not null,
    building_key         bigint  not null,
    building_investment  numeric not null,
    building_land        numeric not null,
    building_income      numeric not null,
    operating            bigint  not null,
    operating_key        bigint  not null,
    operating_investment numeric not null,
    operating_land       numeric not null,
    operating_income     numeric not null
);
create index report_project_standing_days_idx on report_project_standing using gist (daterange(from_date, to_date));
create index report_project_standing_town_idx on report_project_standing (town_id);

create table report_project_edge (
    project_id       bigint      not null,
    town_id          bigint      not null,
    category_id      bigint      not null,
    status           varchar(20) not null, -- the project's status on these days (before its first interval: its current one)
    in_steps         boolean     not null, -- BUILDING: counted by report_project_standing; this row adds only its operating
    from_date        date,                 -- null: before its first interval
    to_date          date,
    key_supervised   boolean     not null,
    investment_wan   numeric,
    land_mu          numeric,
    income           numeric,
    active_before    date,                 -- the end (excluded) of the last BUILDING or OPERATING interval before
    active_after     date,                 -- the start of the first BUILDING or OPERATING interval after
    operating_before date,
    operating_after  date
);
create index report_project_edge_town_idx on report_project_edge (town_id);
-- a report reads the rows whose project counts in its period (the operating ones among them only count, so need none)
create index report_project_edge_active_before_idx on report_project_edge (active_before);
create index report_project_edge_active_after_idx on report_project_edge (active_after);

-- Computes both tables for some towns again from the projects and project_status_interval (without locks: see the next
-- function).
create function report_project_standing_fill(towns bigint[]) returns void
language plpgsql as $$
begin
    delete from report_project_standing where town_id = any(towns);
    delete from report_project_edge where town_id = any(towns);
    with p as (
        select p.id, v.town_id, p.category_id, p.status, p.key_supervised, p.investment_wan, p.land_mu,
               p.income_per_village * (1 + (select count(*) from project_partner pp where pp.project_id = p.id)) as income
        from project p join village v on v.id = p.lead_village_id
        where v.town_id = any(towns)),
    i as (
        select i.project_id, i.seq, i.status, i.from_date, i.to_date
        from project_status_interval i join p on p.id = i.project_id
        union all
        -- the days before the first interval: the report tables the project in its current status
        select p.id, 0, p.status, null, (select i.from_date from project_status_interval i where i.project_id = p.id and i.seq = 1)
        from p),
    s as (
        select i.*, i.seq > 0 and i.status in ('BUILDING', 'OPERATING') as active,
               max(i.to_date) filter (where i.seq > 0 and i.status in ('BUILDING', 'OPERATING')) over before as active_before,
               min(i.from_date) filter (where i.seq > 0 and i.status in ('BUILDING', 'OPERATING')) over after as active_after,
               max(i.to_date) filter (where i.seq > 0 and i.status = 'OPERATING') over before as operating_before,
               min(i.from_date) filter (where i.seq > 0 and i.status = 'OPERATING') over after as operating_after
        from i
        window before as (partition by i.project_id order by i.seq rows between unbounded preceding and 1 preceding),
               after as (partition by i.project_id order by i.seq rows between 1 following and unbounded following)),
    edges as (
        insert into report_project_edge (project_id, town_id, category_id, status, in_steps, from_date, to_date, key_supervised,
                                         investment_wan, land_mu, income, active_before, active_after, operating_before, operating_after)
        select p.id, p.town_id, p.category_id, s.status, s.active, s.from_date, s.to_date, p.key_supervised, p.investment_wan,
               p.land_mu, p.income, s.active_before, s.active_after, s.operating_before, s.operating_after
        from s join p on p.id = s.project_id
        where (s.from_date is null or s.to_date is null or s.from_date < s.to_date)
          and ((not s.active and (s.active_before is not null or s.active_after is not null))
               or (s.active and s.status = 'BUILDING' and (s.operating_before is not null or s.operating_after is not null)))),
    deltas as (
        select p.town_id, p.category_id, s.status, s.from_date as day, 1 as n, p.key_supervised::int as k,
               coalesce(p.investment_wan, 0) as investment, coalesce(p.land_mu, 0) as land, coalesce(p.income, 0) as income
        from s join p on p.id = s.project_id
        where s.active and (s.to_date is null or s.from_date < s.to_date)
        union all
        select p.town_id, p.category_id, s.status, s.to_date, -1, -p.key_supervised::int, -coalesce(p.investment_wan, 0),
               -coalesce(p.land_mu, 0), -coalesce(p.income, 0)
        from s join p on p.id = s.project_id
        where s.active and s.from_date < s.to_date),
    steps as (
        select town_id, category_id, day, lead(day) over w as next_day,
               sum(coalesce(sum(n) filter (where status = 'BUILDING'), 0)) over w as building,
               sum(coalesce(sum(k) filter (where status = 'BUILDING'), 0)) over w as building_key,
               sum(coalesce(sum(investment) filter (where status = 'BUILDING'), 0)) over w as building_investment,
               sum(coalesce(sum(land) filter (where status = 'BUILDING'), 0)) over w as building_land,
               sum(coalesce(sum(income) filter (where status = 'BUILDING'), 0)) over w as building_income,
               sum(coalesce(sum(n) filter (where status = 'OPERATING'), 0)) over w as operating,
               sum(coalesce(sum(k) filter (where status = 'OPERATING'), 0)) over w as operating_key,
               sum(coalesce(sum(investment) filter (where status = 'OPERATING'), 0)) over w as operating_investment,
               sum(coalesce(sum(land) filter (where status = 'OPERATING'), 0)) over w as operating_land,
               sum(coalesce(sum(income) filter (where status = 'OPERATING'), 0)) over w as operating_income
        from deltas group by town_id, category_id, day
        window w as (partition by town_id, category_id order by day))
    insert into report_project_standing (town_id, category_id, from_date, to_date, building, building_key, building_investment,
                                         building_land, building_income, operating, operating_key, operating_investment,
                                         operating_land, operating_income)
    select town_id, category_id, day, next_day, building, building_key, building_investment, building_land, building_income,
           operating, operating_key, operating_investment, operating_land, operating_income
    from steps where building > 0 or operating > 0;
end
$$;

-- Recomputes both tables for some towns. An advisory lock per town, held until commit, makes a concurrent writer of the
-- same town wait and then recompute from what this one committed (READ COMMITTED: each statement of a PL/pgSQL function
-- sees what committed before it).
create function report_project_standing_refresh(p_towns bigint[]) returns void
language plpgsql as $$
declare
    lock_town bigint;
    towns bigint[] := array(select distinct x from unnest(p_towns) x where x is not null order by 1);
begin
    foreach lock_town in array towns loop
        perform pg_advisory_xact_lock(hashtextextended('report_project_standing:' || lock_town, 0));
    end loop;
    perform report_project_standing_fill(towns);
end
$$;

-- The statement trigger of a table the projects' figures read: TG_ARGV[0] is a query of the towns a changed row touches,
-- with %1$s for the transition table (the rows before and the rows after the statement). TG_ARGV[1], for updates: a
-- condition on o (a row before) and n (after) that says the update matters. Named so that it fires after V81's
-- project_status_interval_* triggers, whose intervals it reads.
create function report_project_standing_changed() returns trigger
language plpgsql as $$
declare
    old_rows_changed text := 'old_rows';
    new_rows_changed text := 'new_rows';
    towns bigint[];
begin
    if tg_op = 'UPDATE' and tg_nargs > 1 then
        old_rows_changed := '(select o.* from old_rows o join new_rows n on n.id = o.id where ' || tg_argv[1] || ')';
        new_rows_changed := '(select n.* from old_rows o join new_rows n on n.id = o.id where ' || tg_argv[1] || ')';
    end if;
    execute 'select array_agg(distinct town_id) from (' || case tg_op
        when 'INSERT' then format(tg_argv[0], 'new_rows')
        when 'DELETE' then format(tg_argv[0], 'old_rows')
        else format(tg_argv[0], old_rows_changed) || ' union all ' || format(tg_argv[0], new_rows_changed) end || ') x(town_id)'
        into towns;
    if towns is not null then
        perform report_project_standing_refresh(towns);
    end if;
    return null;
end
$$;

do $$
declare
    t record;
    op text;
begin
    for t in select * from (values
        -- a project's town (its lead village), category, figures, and status or start (its intervals without changes);
        -- a deleted project's intervals cascade, its town is in the rows before
        ('project', array['insert', 'update', 'delete'],
         'select v.town_id from %1$s r join village v on v.id = r.lead_village_id',
         'o.lead_village_id is distinct from n.lead_village_id or o.category_id is distinct from n.category_id '
         || 'or o.status is distinct from n.status or o.started_on is distinct from n.started_on '
         || 'or o.key_supervised is distinct from n.key_supervised or o.investment_wan is distinct from n.investment_wan '
         || 'or o.land_mu is distinct from n.land_mu or o.income_per_village is distinct from n.income_per_village'),
        ('project_status_change', array['insert', 'update', 'delete'],
         'select v.town_id from %1$s r join project p on p.id = r.project_id join village v on v.id = p.lead_village_id', null),
        -- the villages of an agreement multiply the income per village
        ('project_partner', array['insert', 'update', 'delete'],
         'select v.town_id from %1$s r join project p on p.id = r.project_id join village v on v.id = p.lead_village_id',
         'o.project_id is distinct from n.project_id'),
        ('village', array['update'],
         'select r.town_id from %1$s r where exists (select 1 from project p where p.lead_village_id = r.id)',
         'o.town_id is distinct from n.town_id')
    ) as x(tbl, ops, towns, matters) loop
        foreach op in array t.ops loop
            execute format('create trigger %I after %s on %I referencing %s for each statement execute function report_project_standing_changed(%L%s)',
                'report_project_standing_' || op, op, t.tbl,
                case op when 'insert' then 'new table as new_rows' when 'delete' then 'old table as old_rows'
                    else 'old table as old_rows new table as new_rows' end,
                t.towns, case when op = 'update' and t.matters is not null then format(', %L', t.matters) else '' end);
        end loop;
    end loop;
end
$$;

-- report_rollups_rebuild() (V82, V90), which a bulk load with the triggers off calls at its end, rebuilds these too
-- (after project_status_interval, which the dated rollups' rebuild makes first).
alter function report_rollups_rebuild() rename to report_rollups_rebuild_v90;
create function report_rollups_rebuild() returns void
language plpgsql as $$
begin
    perform report_rollups_rebuild_v90();
    lock table report_project_standing, report_project_edge in exclusive mode;
    truncate report_project_standing, report_project_edge;
    perform report_project_standing_fill(array(select id from town));
end
$$;

-- What the records hold now.
select report_project_standing_fill(array(select id from town));
