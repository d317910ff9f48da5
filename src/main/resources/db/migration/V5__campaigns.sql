-- The district's focused campaigns (三大攻坚战): directions, tasks, and the villages they cover.

create table campaign (
    id          bigserial primary key,
    name        varchar(200)  not null,
    year        integer       not null,
    description varchar(2000),
    version     bigint        not null default 0,
    constraint campaign_name_year unique (name, year)
);
create index campaign_year_idx on campaign (year);

create table campaign_village (
    campaign_id bigint not null references campaign (id) on delete cascade,
    village_id  bigint not null references village (id),
    primary key (campaign_id, village_id)
);
create index campaign_village_village_idx on campaign_village (village_id);

create table campaign_direction (
    id          bigserial primary key,
    campaign_id bigint       not null references campaign (id) on delete cascade,
    name        varchar(200) not null,
    sort_order  integer      not null default 0,
    version     bigint       not null default 0
);
create index campaign_direction_campaign_idx on campaign_direction (campaign_id, sort_order);

create table campaign_task (
    id              bigserial primary key,
    campaign_id     bigint        not null references campaign (id) on delete cascade,
    direction_id    bigint references campaign_direction (id),
    title           varchar(300)  not null,
    owner           varchar(100),
    due_date        date,
    status          varchar(20)   not null,
    completed_on    date,
    completion_note varchar(1000),
    version         bigint        not null default 0,
    constraint campaign_task_done_chk check ((status = 'DONE') = (completed_on is not null))
);
create index campaign_task_campaign_idx on campaign_task (campaign_id, status);
create index campaign_task_direction_idx on campaign_task (direction_id);
create index campaign_task_due_idx on campaign_task (due_date) where status in ('OPEN', 'IN_PROGRESS');

create table campaign_task_village (
    task_id    bigint not null references campaign_task (id) on delete cascade,
    village_id bigint not null references village (id),
    primary key (task_id, village_id)
);
create index campaign_task_village_village_idx on campaign_task_village (village_id);

-- Every status change of a task: who, when, why.
create table campaign_task_event (
    id          bigserial primary key,
    task_id     bigint       not null references campaign_task (id) on delete cascade,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    changed_on  date         not null,
    reason      varchar(500),
    author      varchar(50)  not null,
    created_at  timestamptz  not null default now()
);
create index campaign_task_event_task_idx on campaign_task_event (task_id, created_at);

create table campaign_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(200), year integer, description varchar(2000),
    primary key (id, rev)
);
create index campaign_aud_rev_idx on campaign_aud (rev);
create table campaign_village_aud (
    campaign_id bigint not null, village_id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    primary key (campaign_id, village_id, rev)
);
create index campaign_village_aud_rev_idx on campaign_village_aud (rev);
create table campaign_task_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    campaign_id bigint, direction_id bigint, title varchar(300), owner varchar(100), due_date date, status varchar(20),
    completed_on date, completion_note varchar(1000),
    primary key (id, rev)
);
create index campaign_task_aud_rev_idx on campaign_task_aud (rev);
create table campaign_task_village_aud (
    task_id bigint not null, village_id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    primary key (task_id, village_id, rev)
);
create index campaign_task_village_aud_rev_idx on campaign_task_village_aud (rev);
