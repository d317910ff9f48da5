-- A correction of an ended post by district staff: who, when and why, with the values it replaced.
-- The post's own history (post_held_aud) shows the new values under the same user's revision.
create table post_correction (
    id                   bigserial primary key,
    post_id              bigint       not null references post_held (id),
    corrected_at         timestamptz  not null,
    corrected_by         varchar(50)  not null,
    reason               varchar(500) not null,
    reopened             boolean      not null default false,
    previous_to_date     date         not null,
    previous_end_reason  varchar(20)  not null,
    previous_end_note    varchar(500),
    to_date              date,
    end_reason           varchar(20),
    end_note             varchar(500)
);
create index post_correction_post_idx on post_correction (post_id, corrected_at);
