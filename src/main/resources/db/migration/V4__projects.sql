-- Industry projects: what each village builds, with which partner villages, and how it is going.

create table project_category (
    id         bigserial primary key,
    code       varchar(40) not null unique,
    name_zh    varchar(50) not null,
    name_en    varchar(80) not null,
    sort_order integer     not null default 100,
    version    bigint      not null default 0
);
insert into project_category (code, name_zh, name_en, sort_order) values
    ('PLANTING', '种植', 'Planting', 10),
    ('BREEDING', '养殖', 'Breeding', 20),
    ('PROCESSING', '加工', 'Processing', 30),
    ('TOURISM', '文旅民宿', 'Tourism & homestay', 40),
    ('ECOMMERCE', '电子商务', 'E-commerce', 50),
    ('CULTURAL', '文化创意', 'Cultural & creative', 60),
    ('OTHER', '其他', 'Other', 90);

create table project (
    id                 bigserial primary key,
    name               varchar(200)   not null,
    category_id        bigint         not null references project_category (id),
    lead_village_id    bigint         not null references village (id),
    cooperation_model  varchar(30)    not null,
    investment_wan     numeric(14, 2),
    land_mu            numeric(12, 2),
    income_per_village numeric(14, 2),
    operating          boolean        not null default false,
    status             varchar(20)    not null,
    started_on         date,
    finished_on        date,
    key_supervised     boolean        not null default false,
    zone_id            bigint references demonstration_zone (id),
    description        varchar(2000),
    version            bigint         not null default 0,
    constraint project_amounts_chk check ((investment_wan is null or investment_wan >= 0) and (land_mu is null or land_mu >= 0)),
    constraint project_dates_chk check (finished_on is null or started_on is null or finished_on >= started_on)
);
create index project_category_idx on project (category_id);
create index project_lead_village_idx on project (lead_village_id);
create index project_zone_idx on project (zone_id);
create index project_status_idx on project (status, started_on);
create index project_started_idx on project (started_on);
create index project_key_idx on project (started_on) where key_supervised;
create index project_name_idx on project (name);
create index project_name_trgm_idx on project using gin (name public.gin_trgm_ops);

create table project_partner (
    id              bigserial primary key,
    project_id      bigint        not null references project (id) on delete cascade,
    village_id      bigint        not null references village (id),
    role            varchar(30)   not null,
    land_mu         numeric(12, 2),
    note            varchar(300),
    version         bigint        not null default 0,
    constraint project_partner_once unique (project_id, village_id)
);
create index project_partner_village_idx on project_partner (village_id);

create table project_progress (
    id         bigserial primary key,
    project_id bigint        not null references project (id) on delete cascade,
    entry_date date          not null,
    text       varchar(2000) not null,
    author     varchar(50)   not null,
    created_at timestamptz   not null default now()
);
create index project_progress_project_idx on project_progress (project_id, entry_date desc);

-- Every status change, with who, when and why.
create table project_status_change (
    id         bigserial primary key,
    project_id bigint       not null references project (id) on delete cascade,
    from_status varchar(20),
    to_status  varchar(20)  not null,
    changed_on date         not null,
    reason     varchar(500),
    author     varchar(50)  not null,
    created_at timestamptz  not null default now()
);
create index project_status_change_project_idx on project_status_change (project_id, created_at);

create table project_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(200), category_id bigint, lead_village_id bigint, cooperation_model varchar(30),
    investment_wan numeric(14, 2), land_mu numeric(12, 2), income_per_village numeric(14, 2), operating boolean,
    status varchar(20), started_on date, finished_on date, key_supervised boolean, zone_id bigint, description varchar(2000),
    primary key (id, rev)
);
create index project_aud_rev_idx on project_aud (rev);
create table project_partner_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    project_id bigint, village_id bigint, role varchar(30), land_mu numeric(12, 2), note varchar(300),
    primary key (id, rev)
);
create index project_partner_aud_rev_idx on project_partner_aud (rev);
