-- Receptions of residents (民意接待) and the problems residents raise (群众身边小问题, 信访矛盾), with logged steps.

create table problem_category (
    id         bigserial primary key,
    code       varchar(40) not null unique,
    name_zh    varchar(50) not null,
    name_en    varchar(80) not null,
    sort_order integer     not null default 100,
    version    bigint      not null default 0
);
insert into problem_category (code, name_zh, name_en, sort_order) values
    ('ROADS', '道路交通', 'Roads', 10),
    ('WATER', '供水排水', 'Water', 20),
    ('SANITATION', '环境卫生', 'Sanitation', 30),
    ('NEIGHBOUR', '邻里纠纷', 'Neighbour dispute', 40),
    ('LAND', '土地承包', 'Land', 50),
    ('SOCIAL_SECURITY', '社会保障', 'Social security', 60),
    ('OTHER', '其他', 'Other', 90);

create table reception (
    id             bigserial primary key,
    village_id     bigint        not null references village (id),
    received_on    date          not null,
    resident_name  varchar(50)   not null,
    resident_phone varchar(20),
    topic          varchar(500)  not null,
    people_count   integer       not null default 1,
    handled_by     varchar(50),
    outcome        varchar(1000),
    version        bigint        not null default 0,
    constraint reception_people_chk check (people_count >= 1)
);
create index reception_village_idx on reception (village_id, received_on);
create index reception_received_idx on reception (received_on);

create table problem (
    id                bigserial primary key,
    village_id        bigint        not null references village (id),
    source            varchar(20)   not null,
    category_id       bigint        not null references problem_category (id),
    petition          boolean       not null default false,
    title             varchar(300)  not null,
    description       varchar(2000),
    reported_on       date          not null,
    status            varchar(20)   not null,
    assigned_to       varchar(50),
    resolution_note   varchar(1000),
    resolved_on       date,
    escalation_reason varchar(1000),
    reception_id      bigint references reception (id),
    version           bigint        not null default 0,
    constraint problem_resolved_chk check ((status = 'RESOLVED') = (resolved_on is not null)),
    constraint problem_resolved_after_chk check (resolved_on is null or resolved_on >= reported_on)
);
create index problem_village_idx on problem (village_id, status);
create index problem_category_idx on problem (category_id);
create index problem_reception_idx on problem (reception_id);
create index problem_resolved_idx on problem (resolved_on) where status = 'RESOLVED';
create index problem_reported_idx on problem (reported_on);
create index problem_petition_idx on problem (resolved_on) where petition;

create table problem_event (
    id          bigserial primary key,
    problem_id  bigint        not null references problem (id) on delete cascade,
    from_status varchar(20),
    to_status   varchar(20)   not null,
    changed_on  date          not null,
    reason      varchar(1000),
    author      varchar(50)   not null,
    created_at  timestamptz   not null default now()
);
create index problem_event_problem_idx on problem_event (problem_id, created_at);

create table reception_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    village_id bigint, received_on date, resident_name varchar(50), resident_phone varchar(20), topic varchar(500),
    people_count integer, handled_by varchar(50), outcome varchar(1000),
    primary key (id, rev)
);
create index reception_aud_rev_idx on reception_aud (rev);
create table problem_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    village_id bigint, source varchar(20), category_id bigint, petition boolean, title varchar(300), description varchar(2000),
    reported_on date, status varchar(20), assigned_to varchar(50), resolution_note varchar(1000), resolved_on date,
    escalation_reason varchar(1000), reception_id bigint,
    primary key (id, rev)
);
create index problem_aud_rev_idx on problem_aud (rev);
