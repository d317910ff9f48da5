-- Substring search on Chinese names ("%册山%") needs trigram indexes; pg_trgm is a trusted extension.
create extension if not exists pg_trgm with schema public;

create table district (
    id      bigserial primary key,
    name    varchar(100) not null,
    code    varchar(12)  not null unique,
    version bigint       not null default 0
);

create table town (
    id          bigserial primary key,
    name        varchar(100) not null,
    kind        varchar(20)  not null,
    code        varchar(12)  not null unique,
    district_id bigint       not null references district (id),
    version     bigint       not null default 0
);
create index town_district_idx on town (district_id);
create index town_name_idx on town (name);

create table cluster (
    id                   bigserial primary key,
    name                 varchar(100) not null unique,
    plan_title           varchar(200),
    party_committee      varchar(200),
    party_secretary_name varchar(50),
    version              bigint       not null default 0
);

create table cluster_town (
    cluster_id bigint not null references cluster (id) on delete cascade,
    town_id    bigint not null references town (id),
    primary key (cluster_id, town_id)
);
create index cluster_town_town_idx on cluster_town (town_id);

create table village (
    id                 bigserial primary key,
    name               varchar(100)   not null,
    kind               varchar(20)    not null,
    code               varchar(12)    not null unique,
    town_id            bigint         not null references town (id),
    cluster_id         bigint references cluster (id),
    population         integer,
    households         integer,
    farmland_mu        numeric(12, 2),
    collective_income  numeric(14, 2),
    rectification      boolean        not null default false,
    demonstration      boolean        not null default false,
    conversion_status  varchar(20)    not null default 'NONE',
    version            bigint         not null default 0,
    constraint village_population_chk check (population is null or population >= 0),
    constraint village_households_chk check (households is null or households >= 0),
    constraint village_farmland_chk check (farmland_mu is null or farmland_mu >= 0)
);
-- Every filter and sort of /villages has an index (tested with 70,000 rows, see docs/benchmark.md).
create index village_town_idx on village (town_id, name);
create index village_cluster_idx on village (cluster_id);
create index village_kind_idx on village (kind, name);
create index village_name_idx on village (name, id);
create index village_population_idx on village (population, id);
create index village_households_idx on village (households, id);
create index village_income_idx on village (collective_income, id);
create index village_farmland_idx on village (farmland_mu, id);
create index village_rectification_idx on village (name) where rectification;
create index village_demonstration_idx on village (name) where demonstration;
create index village_conversion_idx on village (conversion_status, name);
create index village_name_trgm_idx on village using gin (name public.gin_trgm_ops);

create table village_specialty (
    village_id bigint       not null references village (id) on delete cascade,
    product    varchar(50)  not null,
    primary key (village_id, product)
);

create table demonstration_zone (
    id               bigserial primary key,
    name             varchar(100) not null unique,
    plan_title       varchar(200),
    plan_approved_on date,
    version          bigint       not null default 0
);

create table demonstration_zone_village (
    zone_id    bigint not null references demonstration_zone (id) on delete cascade,
    village_id bigint not null references village (id),
    primary key (zone_id, village_id)
);
create index demonstration_zone_village_village_idx on demonstration_zone_village (village_id);

create table app_user (
    id              bigserial primary key,
    username        varchar(50)  not null unique,
    display_name    varchar(50)  not null,
    password_hash   varchar(200) not null,
    role            varchar(30)  not null,
    town_id         bigint references town (id),
    village_id      bigint references village (id),
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    version         bigint       not null default 0
);
create index app_user_town_idx on app_user (town_id);
create index app_user_village_idx on app_user (village_id);

create table audit_event (
    id         bigserial primary key,
    at         timestamptz  not null default now(),
    username   varchar(50),
    kind       varchar(30)  not null,
    detail     varchar(500),
    remote_ip  varchar(64)
);
create index audit_event_at_idx on audit_event (at desc);
create index audit_event_username_idx on audit_event (username, at desc);

-- Envers: who changed what and when. Hibernate 7 allocates revision numbers from revinfo_seq.
create sequence revinfo_seq start with 1 increment by 50;
create table revinfo (
    rev      integer primary key,
    revtstmp bigint       not null,
    username varchar(50)
);

create table district_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(100), code varchar(12),
    primary key (id, rev)
);
create table town_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(100), kind varchar(20), code varchar(12), district_id bigint,
    primary key (id, rev)
);
create table cluster_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(100), plan_title varchar(200), party_committee varchar(200), party_secretary_name varchar(50),
    primary key (id, rev)
);
create table cluster_town_aud (
    cluster_id bigint not null, town_id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    primary key (cluster_id, town_id, rev)
);
create table village_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(100), kind varchar(20), code varchar(12), town_id bigint, cluster_id bigint,
    population integer, households integer, farmland_mu numeric(12, 2), collective_income numeric(14, 2),
    rectification boolean, demonstration boolean, conversion_status varchar(20),
    primary key (id, rev)
);
create table village_specialty_aud (
    village_id bigint not null, product varchar(50) not null, rev integer not null references revinfo (rev), revtype smallint,
    primary key (village_id, product, rev)
);
create table demonstration_zone_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(100), plan_title varchar(200), plan_approved_on date,
    primary key (id, rev)
);
create table demonstration_zone_village_aud (
    zone_id bigint not null, village_id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    primary key (zone_id, village_id, rev)
);
create table app_user_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    username varchar(50), display_name varchar(50), role varchar(30), town_id bigint, village_id bigint, enabled boolean,
    primary key (id, rev)
);

-- Revisions are looked up from the audit rows (and revinfo rows cannot be removed without these indexes).
create index district_aud_rev_idx on district_aud (rev);
create index town_aud_rev_idx on town_aud (rev);
create index cluster_aud_rev_idx on cluster_aud (rev);
create index cluster_town_aud_rev_idx on cluster_town_aud (rev);
create index village_aud_rev_idx on village_aud (rev);
create index village_specialty_aud_rev_idx on village_specialty_aud (rev);
create index demonstration_zone_aud_rev_idx on demonstration_zone_aud (rev);
create index demonstration_zone_village_aud_rev_idx on demonstration_zone_village_aud (rev);
create index app_user_aud_rev_idx on app_user_aud (rev);

-- Spring Session JDBC (from spring-session-jdbc 4.0.4 schema-postgresql.sql): sessions shared by app instances.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
