-- Published reports (定稿报告): a report frozen as it was at one moment, with the definition of each figure, so that
-- what was sent to the city can be shown again unchanged beside today's figures. A published report is never
-- changed or deleted: the triggers below refuse it, whatever the application does.
create table published_report (
    id              bigserial primary key,
    level           varchar(10)   not null check (level in ('DISTRICT', 'TOWN', 'VILLAGE')),
    -- the town or village reported on (no foreign key: the snapshot outlives a renamed or removed unit)
    scope_id        bigint,
    town_id         bigint,
    village_id      bigint,
    scope_name      varchar(200)  not null,
    scope_label     varchar(400)  not null,
    period_from     date          not null,
    period_to       date          not null,
    period_query    varchar(200)  not null,
    period_label_zh varchar(100)  not null,
    period_label_en varchar(100)  not null,
    title           varchar(200)  not null,
    note            varchar(1000),
    published_at    timestamptz   not null default now(),
    published_by    varchar(100)  not null,
    -- the report's tables as they were rendered, in each language
    body_zh         text          not null,
    body_en         text          not null,
    check ((level = 'DISTRICT') = (scope_id is null)),
    check (period_from <= period_to)
);
create index published_report_scope_idx on published_report (level, scope_id, period_from, period_to);
create index published_report_town_idx on published_report (town_id, published_at);
create index published_report_village_idx on published_report (village_id, published_at);
create index published_report_published_at_idx on published_report (published_at);

-- Every figure as published: for the whole scope (unit_id null) and for each town or village of its breakdown.
create table published_figure (
    report_id bigint      not null references published_report (id),
    unit_id   bigint,
    unit_name varchar(200),
    figure    varchar(40) not null,
    value     numeric(18, 2)
);
create unique index published_figure_idx on published_figure (report_id, coalesce(unit_id, 0), figure);

-- What each figure meant when it was published, in both languages.
create table published_definition (
    report_id     bigint      not null references published_report (id),
    figure        varchar(40) not null,
    name_zh       varchar(200) not null,
    name_en       varchar(200) not null,
    definition_zh text        not null,
    definition_en text        not null,
    primary key (report_id, figure)
);

create function published_report_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'a published report cannot be changed or deleted (%)', tg_table_name;
end
$$;
create trigger published_report_frozen before update or delete on published_report
    for each row execute function published_report_is_frozen();
create trigger published_figure_frozen before update or delete on published_figure
    for each row execute function published_report_is_frozen();
create trigger published_definition_frozen before update or delete on published_definition
    for each row execute function published_report_is_frozen();
