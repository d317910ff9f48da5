-- Year-end commitment evaluation (述诺评诺): the district opens an evaluation for a year; the town, the village's
-- secretary and a panel of the village's other representatives rate each public commitment pledged that year.

create table evaluation (
    id                bigserial primary key,
    year              integer      not null unique check (year between 1949 and 2100),
    title             varchar(100) not null,
    closes_on         date         not null,
    grade_rule        varchar(20)  not null check (grade_rule in ('MAJORITY', 'TOWN_PREVAILS')),
    threshold_percent integer      not null default 30 check (threshold_percent between 1 and 100),
    opened_on         date         not null,
    opened_by         varchar(50)  not null,
    closed_at         timestamptz,
    closed_by         varchar(50),
    client_token      varchar(40)  unique,
    version           bigint       not null default 0
);

create table evaluation_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    year integer, title varchar(100), closes_on date, grade_rule varchar(20), threshold_percent integer, opened_on date,
    opened_by varchar(50), closed_at timestamptz, closed_by varchar(50),
    primary key (id, rev)
);
create index evaluation_aud_rev_idx on evaluation_aud (rev);

-- the commitments an evaluation rates, fixed when it opens; the grade is decided from the votes by the evaluation's rule
create table evaluation_item (
    id                bigserial primary key,
    evaluation_id     bigint      not null references evaluation (id),
    commitment_id     bigint      not null references commitment (id),
    town_id           bigint      not null references town (id),
    village_id        bigint      not null references village (id),
    representative_id bigint      references representative (id),
    grade             varchar(20) check (grade in ('EXCELLENT', 'QUALIFIED', 'FAILED')),
    graded_on         date,
    constraint evaluation_item_once unique (evaluation_id, commitment_id)
);
create index evaluation_item_commitment_idx on evaluation_item (commitment_id);
create index evaluation_item_town_idx on evaluation_item (town_id, evaluation_id);
create index evaluation_item_village_idx on evaluation_item (village_id, evaluation_id);
create index evaluation_item_representative_idx on evaluation_item (representative_id, evaluation_id);

-- the village's representatives who rate at the 述诺评诺 meeting (their votes are recorded for them)
create table evaluation_panel_member (
    id                bigserial primary key,
    evaluation_id     bigint not null references evaluation (id),
    village_id        bigint not null references village (id),
    representative_id bigint not null references representative (id),
    constraint evaluation_panel_member_once unique (evaluation_id, representative_id)
);
create index evaluation_panel_member_village_idx on evaluation_panel_member (village_id, evaluation_id);
create index evaluation_panel_member_representative_idx on evaluation_panel_member (representative_id);

create table evaluation_vote (
    id              bigserial primary key,
    item_id         bigint       not null references evaluation_item (id),
    rater           varchar(20)  not null check (rater in ('TOWN', 'SECRETARY', 'PANEL')),
    panel_member_id bigint       references representative (id),
    grade           varchar(20)  not null check (grade in ('EXCELLENT', 'QUALIFIED', 'FAILED')),
    comment         varchar(300),
    cast_by         varchar(50)  not null,
    cast_at         timestamptz  not null,
    client_token    varchar(40)  not null unique,
    version         bigint       not null default 0,
    constraint evaluation_vote_panel check ((rater = 'PANEL') = (panel_member_id is not null)),
    constraint evaluation_vote_failed_comment check (grade <> 'FAILED' or (comment is not null and btrim(comment) <> ''))
);
-- each rater rates a commitment once: the town, the secretary, each panel member
create unique index evaluation_vote_once on evaluation_vote (item_id, rater, coalesce(panel_member_id, 0));
create index evaluation_vote_panel_member_idx on evaluation_vote (panel_member_id);

create table evaluation_vote_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    item_id bigint, rater varchar(20), panel_member_id bigint, grade varchar(20), comment varchar(300), cast_by varchar(50),
    cast_at timestamptz,
    primary key (id, rev)
);
create index evaluation_vote_aud_rev_idx on evaluation_vote_aud (rev);

-- the warning talk (约谈) the town holds with a representative at or over the evaluation's threshold
create table evaluation_talk (
    id                bigserial primary key,
    evaluation_id     bigint        not null references evaluation (id),
    representative_id bigint        not null references representative (id),
    town_id           bigint        not null references town (id),
    village_id        bigint        not null references village (id),
    held_on           date          not null,
    held_by           varchar(100)  not null,
    outcome           varchar(1000) not null,
    recorded_by       varchar(50)   not null,
    client_token      varchar(40)   unique,
    version           bigint        not null default 0,
    constraint evaluation_talk_once unique (evaluation_id, representative_id)
);
create index evaluation_talk_representative_idx on evaluation_talk (representative_id);
create index evaluation_talk_town_idx on evaluation_talk (town_id);
create index evaluation_talk_village_idx on evaluation_talk (village_id);

create table evaluation_talk_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    evaluation_id bigint, representative_id bigint, town_id bigint, village_id bigint, held_on date, held_by varchar(100),
    outcome varchar(1000), recorded_by varchar(50),
    primary key (id, rev)
);
create index evaluation_talk_aud_rev_idx on evaluation_talk_aud (rev);

-- After the explicit close the grades are frozen: the database refuses a vote or a grade changed afterwards.
create function evaluation_frozen() returns trigger language plpgsql as $$
declare
    evaluation_of_row bigint;
begin
    if tg_table_name = 'evaluation_vote' then
        select i.evaluation_id into evaluation_of_row from evaluation_item i
        where i.id = case when tg_op = 'DELETE' then old.item_id else new.item_id end;
    else
        evaluation_of_row := case when tg_op = 'DELETE' then old.evaluation_id else new.evaluation_id end;
    end if;
    if exists (select 1 from evaluation e where e.id = evaluation_of_row and e.closed_at is not null) then
        raise exception 'evaluation % is closed: its grades are frozen', evaluation_of_row using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger evaluation_vote_frozen before insert or update or delete on evaluation_vote
    for each row execute function evaluation_frozen();
create trigger evaluation_item_frozen before update or delete on evaluation_item
    for each row execute function evaluation_frozen();

-- Point rules for the evaluation's grades; district staff set their points like every other rule's.
insert into point_rule (code, name_zh, name_en, points, sort_order) values
    ('EVALUATION_EXCELLENT', '评诺优秀', 'Commitment rated excellent', 10, 60),
    ('EVALUATION_QUALIFIED', '评诺合格', 'Commitment rated qualified', 0, 61),
    ('EVALUATION_FAILED', '评诺不合格', 'Commitment rated unqualified', -5, 62);
