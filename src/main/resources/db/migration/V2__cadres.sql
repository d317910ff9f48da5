-- Village cadres: people, the posts they hold over time, adjustments, and cohorts (e.g. the 90后 young secretaries).

create table post_type (
    id         bigserial primary key,
    code       varchar(40)  not null unique,
    name_zh    varchar(50)  not null,
    name_en    varchar(80)  not null,
    secretary  boolean      not null default false,
    sort_order integer      not null default 100,
    version    bigint       not null default 0
);
-- Only one post type is "the" Party secretary; the unique index on post_held relies on it.
create unique index post_type_one_secretary_idx on post_type (secretary) where secretary;

insert into post_type (code, name_zh, name_en, secretary, sort_order) values
    ('PARTY_SECRETARY', '党支部书记', 'Party branch secretary', true, 10),
    ('DEPUTY_SECRETARY', '党支部副书记', 'Deputy Party branch secretary', false, 20),
    ('COMMITTEE_DIRECTOR', '村委会主任', 'Village committee director', false, 30),
    ('COMMITTEE_MEMBER', '村委委员', 'Village committee member', false, 40),
    ('SUPERVISION_DIRECTOR', '村务监督委员会主任', 'Village affairs supervision director', false, 50),
    ('PARTY_COMMITTEE_MEMBER', '党支部委员', 'Party branch committee member', false, 45),
    ('RESERVE_CADRE', '村级后备干部', 'Reserve cadre', false, 60);

create table person (
    id                    bigserial primary key,
    name                  varchar(50)  not null,
    gender                varchar(10)  not null,
    birth_date            date,
    phone                 varchar(20),
    education             varchar(30),
    party_member_since    date,
    returned_from_outside boolean      not null default false,
    version               bigint       not null default 0
);
create index person_name_idx on person (name, id);
create index person_name_trgm_idx on person using gin (name public.gin_trgm_ops);
create index person_birth_idx on person (birth_date);

create table post_held (
    id           bigserial primary key,
    person_id    bigint       not null references person (id),
    village_id   bigint       not null references village (id),
    post_type_id bigint       not null references post_type (id),
    -- copied from the post type so that the database itself can refuse a second current secretary
    secretary    boolean      not null default false,
    from_date    date         not null,
    to_date      date,
    end_reason   varchar(20),
    end_note     varchar(500),
    version      bigint       not null default 0,
    constraint post_held_dates_chk check (to_date is null or to_date >= from_date),
    constraint post_held_end_chk check ((to_date is null) = (end_reason is null))
);
create index post_held_person_idx on post_held (person_id, from_date);
create index post_held_village_idx on post_held (village_id, to_date);
create index post_held_post_type_idx on post_held (post_type_id);
create index post_held_end_idx on post_held (end_reason, to_date);
create unique index post_held_one_current_secretary_idx on post_held (village_id) where to_date is null and secretary;

create table cohort (
    id          bigserial primary key,
    name        varchar(100) not null unique,
    description varchar(1000),
    mentor_id   bigint references person (id),
    started_on  date,
    version     bigint       not null default 0
);
create index cohort_mentor_idx on cohort (mentor_id);

create table cohort_member (
    id        bigserial primary key,
    cohort_id bigint not null references cohort (id) on delete cascade,
    person_id bigint not null references person (id),
    joined_on date,
    version   bigint not null default 0,
    constraint cohort_member_once unique (cohort_id, person_id)
);
create index cohort_member_person_idx on cohort_member (person_id);

create table cohort_activity (
    id        bigserial primary key,
    cohort_id bigint       not null references cohort (id) on delete cascade,
    kind      varchar(20)  not null,
    title     varchar(200) not null,
    held_on   date         not null,
    note      varchar(1000),
    version   bigint       not null default 0
);
create index cohort_activity_cohort_idx on cohort_activity (cohort_id, held_on);

create table person_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(50), gender varchar(10), birth_date date, phone varchar(20), education varchar(30),
    party_member_since date, returned_from_outside boolean,
    primary key (id, rev)
);
create index person_aud_rev_idx on person_aud (rev);
create table post_held_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    person_id bigint, village_id bigint, post_type_id bigint, secretary boolean, from_date date, to_date date,
    end_reason varchar(20), end_note varchar(500),
    primary key (id, rev)
);
create index post_held_aud_rev_idx on post_held_aud (rev);
create table cohort_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(100), description varchar(1000), mentor_id bigint, started_on date,
    primary key (id, rev)
);
create index cohort_aud_rev_idx on cohort_aud (rev);
create table cohort_activity_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    cohort_id bigint, kind varchar(20), title varchar(200), held_on date, note varchar(1000),
    primary key (id, rev)
);
create index cohort_activity_aud_rev_idx on cohort_activity_aud (rev);
create table cohort_member_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    cohort_id bigint, person_id bigint, joined_on date,
    primary key (id, rev)
);
create index cohort_member_aud_rev_idx on cohort_member_aud (rev);
