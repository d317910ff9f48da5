-- The posts held per town on every day, kept as a step function instead of counted from every post on each district
-- report: at province scale the district summary counted 403,282 current posts distinct per person for each town, post
-- type and the district (1.1 s of its statements, issue 13). The statement triggers below recompute, in the same
-- transaction, the towns a statement touches from report_post itself, as report_event_month (V80) is kept.
--   town_id       the town of the posts' villages
--   post_type_id  the posts of one type; null: of every type
--   from_date     the first day the figures hold; to_date the day they stop holding (excluded), null: still hold.
--                 Only days with at least one post are kept (a town without posts on a day has no row for it).
--   posts         posts held (report_post's post_id, one row each)
--   holders       people holding a secretary or deputy secretary post (counted once however many they hold)
--   nineties      of them those born in the 1990s
--   in_cohort     of those the members of a cohort
-- A person is counted once per town: the district's figures are the towns' added up, less the people who hold such
-- posts in more than one town on the day (report_post_multi_town: every person whose secretary or deputy posts, on
-- any days, lie in more than one town; the report counts those people's posts on its day itself).
create table report_post_standing (
    town_id      bigint not null,
    post_type_id bigint,
    from_date    date   not null,
    to_date      date,
    posts        bigint not null,
    holders      bigint not null,
    nineties     bigint not null,
    in_cohort    bigint not null
);
create index report_post_standing_days_idx on report_post_standing using gist (daterange(from_date, to_date));
create index report_post_standing_town_idx on report_post_standing (town_id);

create table report_post_multi_town (
    person_id bigint primary key
);

-- Computes the step functions of some towns from report_post again (without locks: see the next function).
create function report_post_standing_fill(towns bigint[]) returns void
language plpgsql as $$
begin
    delete from report_post_standing where town_id = any(towns);
    insert into report_post_standing (town_id, post_type_id, from_date, to_date, posts, holders, nineties, in_cohort)
    with h as (
        -- a post holds from its first day to its last, both included (report_post's condition on a day)
        select v.town_id, p.post_type_id, p.person_id, p.secretary_or_deputy, p.nineties, p.in_cohort,
               p.from_date as f, p.to_date + 1 as t
        from report_post p join village v on v.id = p.village_id
        where v.town_id = any(towns)),
    k as (
        -- each post under its type and under every type (null)
        select town_id, post_type_id as g, person_id, secretary_or_deputy, nineties, in_cohort, f, t from h
        union all
        select town_id, null, person_id, secretary_or_deputy, nineties, in_cohort, f, t from h),
    starts as (
        -- a person's secretary or deputy posts under a key, a new run where one starts after all earlier ones ended
        select *, case when f <= max(coalesce(t, 'infinity'::date)) over (partition by town_id, g, person_id order by f, t nulls last
                                                                          rows between unbounded preceding and 1 preceding)
                       then 0 else 1 end as new_run
        from k where secretary_or_deputy),
    runs as (
        select town_id, g, person_id, bool_or(nineties) as nineties, bool_or(nineties and in_cohort) as in_cohort, min(f) as f,
               case when bool_or(t is null) then null else max(t) end as t
        from (select *, sum(new_run) over (partition by town_id, g, person_id order by f, t nulls last) as run from starts) r
        group by town_id, g, person_id, run),
    deltas as (
        select town_id, g, f as day, 1 as posts, 0 as holders, 0 as nineties, 0 as in_cohort from k
        union all
        select town_id, g, t, -1, 0, 0, 0 from k where t is not null
        union all
        select town_id, g, f, 0, 1, nineties::int, in_cohort::int from runs
        union all
        select town_id, g, t, 0, -1, -nineties::int, -in_cohort::int from runs where t is not null),
    steps as (
        select town_id, g, day, lead(day) over w as next_day, sum(sum(posts)) over w as posts, sum(sum(holders)) over w as holders,
               sum(sum(nineties)) over w as nineties, sum(sum(in_cohort)) over w as in_cohort
        from deltas group by town_id, g, day
        window w as (partition by town_id, g order by day))
    select town_id, g, day, next_day, posts, holders, nineties, in_cohort from steps where posts > 0;
end
$$;

-- Recomputes the step functions of some towns. An advisory lock per town, held until commit, makes a concurrent writer
-- of the same town wait and then recompute from what this one committed (READ COMMITTED: each statement of a PL/pgSQL
-- function sees what committed before it).
create function report_post_standing_refresh(p_towns bigint[]) returns void
language plpgsql as $$
declare
    lock_town bigint;
    towns bigint[] := array(select distinct x from unnest(p_towns) x where x is not null order by 1);
begin
    foreach lock_town in array towns loop
        perform pg_advisory_xact_lock(hashtextextended('report_post_standing:' || lock_town, 0));
    end loop;
    perform report_post_standing_fill(towns);
end
$$;

-- Computes which of some people (null: everyone) hold secretary or deputy posts in more than one town (on any days).
create function report_post_multi_town_fill(persons bigint[]) returns void
language plpgsql as $$
begin
    if persons is null then
        truncate report_post_multi_town;
        insert into report_post_multi_town (person_id)
        select p.person_id from report_post p join village v on v.id = p.village_id
        where p.secretary_or_deputy
        group by p.person_id having count(distinct v.town_id) > 1;
        return;
    end if;
    -- as above for the people given only (apart, so that their posts are found by the person's index)
    delete from report_post_multi_town where person_id = any(persons);
    insert into report_post_multi_town (person_id)
    select p.person_id from report_post p join village v on v.id = p.village_id
    where p.person_id = any(persons) and p.secretary_or_deputy
    group by p.person_id having count(distinct v.town_id) > 1;
end
$$;

-- Recomputes which of some people hold secretary or deputy posts in more than one town, under a lock per bucket of
-- people (at most 1,024 locks, whatever a statement touches).
create function report_post_multi_town_refresh(p_persons bigint[]) returns void
language plpgsql as $$
declare
    b bigint;
    persons bigint[] := array(select distinct x from unnest(p_persons) x where x is not null);
begin
    for b in select distinct x % 1024 from unnest(persons) x order by 1 loop
        perform pg_advisory_xact_lock(hashtextextended('report_post_multi_town:' || b, 0));
    end loop;
    perform report_post_multi_town_fill(persons);
end
$$;

-- The statement trigger of a table the posts' figures read: TG_ARGV[0] is a query of (town_id, person_id) pairs a
-- changed row touches, with %1$s for the transition table (the rows before and the rows after the statement); a null
-- person: only the town's figures change. TG_ARGV[1], for updates: a condition on o (a row before) and n (after) that
-- says the update matters (an update of anything else touches nothing).
create function report_post_standing_changed() returns trigger
language plpgsql as $$
declare
    pairs text;
    old_rows_changed text := 'old_rows';
    new_rows_changed text := 'new_rows';
    towns bigint[];
    persons bigint[];
begin
    if tg_op = 'UPDATE' and tg_nargs > 1 then
        old_rows_changed := '(select o.* from old_rows o join new_rows n on n.id = o.id where ' || tg_argv[1] || ')';
        new_rows_changed := '(select n.* from old_rows o join new_rows n on n.id = o.id where ' || tg_argv[1] || ')';
    end if;
    pairs := case tg_op
        when 'INSERT' then format(tg_argv[0], 'new_rows')
        when 'DELETE' then format(tg_argv[0], 'old_rows')
        else format(tg_argv[0], old_rows_changed) || ' union all ' || format(tg_argv[0], new_rows_changed) end;
    execute 'select array_agg(distinct town_id), array_agg(distinct person_id) from (' || pairs || ') x(town_id, person_id)'
        into towns, persons;
    if towns is not null then
        perform report_post_standing_refresh(towns);
    end if;
    if persons is not null then
        perform report_post_multi_town_refresh(persons);
    end if;
    return null;
end
$$;

-- One trigger per table and operation (a trigger with transition tables fires on one operation only).
do $$
declare
    t record;
    op text;
begin
    for t in select * from (values
        ('post_held', array['insert', 'update', 'delete'],
         'select v.town_id, r.person_id from %1$s r join village v on v.id = r.village_id', null),
        -- a village moved to another town moves its posts' figures and may make their holders people of two towns
        ('village', array['update'],
         'select r.town_id, h.person_id from %1$s r join post_held h on h.village_id = r.id', 'o.town_id is distinct from n.town_id'),
        -- a person's birth day (the 1990s) and cohorts are read per person; cascades from a person reach post_held
        ('person', array['update'],
         'select v.town_id, null::bigint from %1$s r join post_held h on h.person_id = r.id join village v on v.id = h.village_id',
         'o.birth_date is distinct from n.birth_date'),
        ('cohort_member', array['insert', 'update', 'delete'],
         'select v.town_id, null::bigint from %1$s r join post_held h on h.person_id = r.person_id join village v on v.id = h.village_id',
         'o.person_id is distinct from n.person_id'),
        -- a post type's code says whether it is a secretary's or a deputy's
        ('post_type', array['update'],
         'select v.town_id, h.person_id from %1$s r join post_held h on h.post_type_id = r.id join village v on v.id = h.village_id',
         'o.code is distinct from n.code')
    ) as x(tbl, ops, pairs, matters) loop
        foreach op in array t.ops loop
            execute format('create trigger %I after %s on %I referencing %s for each statement execute function report_post_standing_changed(%L%s)',
                'report_post_standing_' || op, op, t.tbl,
                case op when 'insert' then 'new table as new_rows' when 'delete' then 'old table as old_rows'
                    else 'old table as old_rows new table as new_rows' end,
                t.pairs, case when op = 'update' and t.matters is not null then format(', %L', t.matters) else '' end);
        end loop;
    end loop;
end
$$;

-- report_rollups_rebuild() (V82), which a bulk load with the triggers off calls at its end, rebuilds these tables too.
alter function report_rollups_rebuild() rename to report_dated_rollups_rebuild;
create function report_rollups_rebuild() returns void
language plpgsql as $$
begin
    perform report_dated_rollups_rebuild();
    lock table report_post_standing, report_post_multi_town in exclusive mode;
    perform report_post_standing_fill(array(select id from town));
    perform report_post_multi_town_fill(null);
end
$$;

-- What the records hold now.
select report_post_standing_fill(array(select id from town));
select report_post_multi_town_fill(null);
