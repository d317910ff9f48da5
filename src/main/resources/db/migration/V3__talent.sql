-- Talent: programmes and enrollments, the talent pool (returned talents, advisers), and "partner" projects with applications.

create table talent_program (
    id          bigserial primary key,
    name        varchar(200)  not null unique,
    kind        varchar(30)   not null,
    starts_on   date,
    ends_on     date,
    description varchar(2000),
    version     bigint        not null default 0
);
create index talent_program_kind_idx on talent_program (kind);

create table talent_enrollment (
    id            bigserial primary key,
    program_id    bigint        not null references talent_program (id) on delete cascade,
    person_id     bigint        not null references person (id),
    from_date     date          not null,
    to_date       date,
    training_mode varchar(30)   not null,
    outcome       varchar(1000),
    version       bigint        not null default 0,
    constraint talent_enrollment_dates_chk check (to_date is null or to_date >= from_date)
);
create index talent_enrollment_program_idx on talent_enrollment (program_id);
create index talent_enrollment_person_idx on talent_enrollment (person_id);

create table talent_person (
    id           bigserial primary key,
    kind         varchar(20)   not null,
    name         varchar(50)   not null,
    gender       varchar(10),
    birth_year   integer,
    phone        varchar(20),
    village_id   bigint references village (id),
    organisation varchar(200),
    field        varchar(200),
    since_date   date          not null,
    term_end     date,
    note         varchar(1000),
    version      bigint        not null default 0,
    constraint talent_person_returned_village_chk check (kind <> 'RETURNED' or village_id is not null)
);
create index talent_person_kind_idx on talent_person (kind, since_date);
create index talent_person_village_idx on talent_person (village_id);
create index talent_person_name_trgm_idx on talent_person using gin (name public.gin_trgm_ops);

create table partner_project (
    id                bigserial primary key,
    title             varchar(200)   not null,
    village_id        bigint         not null references village (id),
    field             varchar(100),
    description       varchar(2000),
    investment_wan    numeric(14, 2),
    open_from         date           not null,
    open_to           date,
    status            varchar(20)    not null,
    version           bigint         not null default 0,
    constraint partner_project_dates_chk check (open_to is null or open_to >= open_from)
);
create index partner_project_village_idx on partner_project (village_id);
create index partner_project_open_idx on partner_project (open_from);

create table partner_application (
    id               bigserial primary key,
    project_id       bigint        not null references partner_project (id) on delete cascade,
    applicant        varchar(100)  not null,
    organisation     varchar(200),
    phone            varchar(20),
    submitted_on     date          not null,
    proposal         varchar(2000),
    status           varchar(20)   not null,
    rejection_reason varchar(500),
    version          bigint        not null default 0
);
create index partner_application_project_idx on partner_application (project_id, submitted_on);

create table talent_program_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(200), kind varchar(30), starts_on date, ends_on date, description varchar(2000),
    primary key (id, rev)
);
create index talent_program_aud_rev_idx on talent_program_aud (rev);
create table talent_person_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    kind varchar(20), name varchar(50), gender varchar(10), birth_year integer, phone varchar(20), village_id bigint,
    organisation varchar(200), field varchar(200), since_date date, term_end date, note varchar(1000),
    primary key (id, rev)
);
create index talent_person_aud_rev_idx on talent_person_aud (rev);
create table partner_project_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    title varchar(200), village_id bigint, field varchar(100), description varchar(2000), investment_wan numeric(14, 2),
    open_from date, open_to date, status varchar(20),
    primary key (id, rev)
);
create index partner_project_aud_rev_idx on partner_project_aud (rev);
