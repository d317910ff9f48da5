-- Resident representatives (村民代表) with their linked households, and the public commitments (公开承诺事项)
-- of representatives and cadres, with every status change logged.

create table representative (
    id                 bigserial primary key,
    village_id         bigint       not null references village (id),
    name               varchar(50)  not null,
    gender             varchar(10),
    phone              varchar(20),
    certificate_no     varchar(40),
    certified_on       date,
    plaque_hung        boolean      not null default false,
    term_from          date,
    term_to            date,
    version            bigint       not null default 0,
    constraint representative_certificate unique (certificate_no)
);
create index representative_village_idx on representative (village_id, name);
create index representative_name_trgm_idx on representative using gin (name public.gin_trgm_ops);

create table representative_household (
    id                bigserial primary key,
    representative_id bigint       not null references representative (id) on delete cascade,
    household         varchar(100) not null,
    address           varchar(200),
    version           bigint       not null default 0
);
create index representative_household_rep_idx on representative_household (representative_id);

create table commitment (
    id                bigserial primary key,
    village_id        bigint        not null references village (id),
    representative_id bigint references representative (id),
    pledged_by        varchar(50)   not null,
    content           varchar(1000) not null,
    category          varchar(30)   not null,
    pledged_on        date          not null,
    promised_by       date          not null,
    status            varchar(20)   not null,
    public_notice     boolean       not null default true,
    fulfilled_on      date,
    fulfilment_note   varchar(1000),
    withdrawn_reason  varchar(500),
    version           bigint        not null default 0,
    constraint commitment_fulfilled_chk check ((status = 'FULFILLED') = (fulfilled_on is not null))
);
create index commitment_village_idx on commitment (village_id, status);
create index commitment_representative_idx on commitment (representative_id);
create index commitment_pledged_idx on commitment (pledged_on);
create index commitment_promised_idx on commitment (promised_by) where status in ('PLEDGED', 'IN_PROGRESS');
create index commitment_content_trgm_idx on commitment using gin (content public.gin_trgm_ops);

create table commitment_event (
    id            bigserial primary key,
    commitment_id bigint       not null references commitment (id) on delete cascade,
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    changed_on    date         not null,
    reason        varchar(1000),
    author        varchar(50)  not null,
    created_at    timestamptz  not null default now()
);
create index commitment_event_commitment_idx on commitment_event (commitment_id, created_at);

create table representative_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    village_id bigint, name varchar(50), gender varchar(10), phone varchar(20), certificate_no varchar(40), certified_on date,
    plaque_hung boolean, term_from date, term_to date,
    primary key (id, rev)
);
create index representative_aud_rev_idx on representative_aud (rev);
create table commitment_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    village_id bigint, representative_id bigint, pledged_by varchar(50), content varchar(1000), category varchar(30),
    pledged_on date, promised_by date, status varchar(20), public_notice boolean, fulfilled_on date,
    fulfilment_note varchar(1000), withdrawn_reason varchar(500),
    primary key (id, rev)
);
create index commitment_aud_rev_idx on commitment_aud (rev);
