-- Household visits (联户走访) and the representatives' points ledger (积分管理) with its rules.

create table household_visit (
    id                bigserial primary key,
    village_id        bigint        not null references village (id),
    representative_id bigint        not null references representative (id),
    household_id      bigint        not null references representative_household (id),
    visited_on        date          not null,
    notes             varchar(1000),
    -- a form's one-time token: the same form submitted twice records one visit
    client_token      varchar(40)   not null unique,
    version           bigint        not null default 0
);
create index household_visit_village_idx on household_visit (village_id, visited_on);
create index household_visit_representative_idx on household_visit (representative_id, visited_on);
create index household_visit_household_idx on household_visit (household_id);

alter table problem add column visit_id bigint references household_visit (id);
alter table problem_aud add column visit_id bigint;
create index problem_visit_idx on problem (visit_id);

create table point_rule (
    id         bigserial primary key,
    code       varchar(40)  not null unique,
    name_zh    varchar(50)  not null,
    name_en    varchar(80)  not null,
    points     integer      not null,
    sort_order integer      not null default 100,
    version    bigint       not null default 0
);
insert into point_rule (code, name_zh, name_en, points, sort_order) values
    ('VISIT', '联户走访', 'Household visit', 2, 10),
    ('COMMITMENT_FULFILLED', '承诺兑现', 'Commitment fulfilled', 5, 20),
    ('PROBLEM_RESOLVED', '走访发现的问题解决', 'Problem found on a visit resolved', 3, 30),
    ('TRAINING', '参加定期培训', 'Attended training', 2, 40),
    ('RECEPTION', '参与民情接待', 'Took part in a reception', 1, 50);

create table point_entry (
    id                bigserial primary key,
    representative_id bigint        not null references representative (id),
    rule_id           bigint        not null references point_rule (id),
    points            integer       not null,
    entry_date        date          not null,
    reason            varchar(300),
    source_type       varchar(20),
    source_id         bigint,
    author            varchar(50)   not null,
    created_at        timestamptz   not null default now(),
    -- an event earns its points once, whatever happens to the form
    constraint point_entry_once unique (source_type, source_id, rule_id)
);
create index point_entry_representative_idx on point_entry (representative_id, entry_date);
create index point_entry_rule_idx on point_entry (rule_id);

create table household_visit_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    village_id bigint, representative_id bigint, household_id bigint, visited_on date, notes varchar(1000), client_token varchar(40),
    primary key (id, rev)
);
create index household_visit_aud_rev_idx on household_visit_aud (rev);

-- A new record's form carries a one-time token: the same form sent twice creates one record.
alter table reception add column client_token varchar(40) unique;
alter table problem add column client_token varchar(40) unique;
alter table commitment add column client_token varchar(40) unique;
