-- Attachments (佐证材料): photos and PDFs proving a record's work. The owner is a (kind, id) pair that the owning
-- module registers (commitment, problem, visit, reception, project, ...), so no foreign key names its table.
create table attachment (
    id             bigserial primary key,
    owner_kind     varchar(30)   not null,
    owner_id       bigint        not null,
    file_name      varchar(200)  not null,
    -- the type read from the content (image/jpeg, image/png, application/pdf), never the browser's claim
    content_type   varchar(50)   not null,
    -- bytes as stored (metadata removed) and as uploaded; the uploaded file's SHA-256 in hex
    stored_size    bigint        not null,
    original_size  bigint        not null,
    original_sha256 varchar(64)  not null,
    width          integer,
    height         integer,
    -- where the content store keeps the bytes (chunks below, or an object's key in the S3-compatible store)
    storage_key    varchar(64)   not null unique,
    -- a small JPEG shown on the record's page; none for PDFs
    thumbnail      bytea,
    uploaded_at    timestamptz   not null,
    uploaded_by    varchar(100)  not null,
    -- a deleted attachment keeps its row (name, size, checksum, who and when) and loses its content
    deleted_at     timestamptz,
    deleted_by     varchar(100),
    version        bigint        not null default 0
);
create index attachment_owner_idx on attachment (owner_kind, owner_id);

-- The database content store: each file in rows of 256 KB, written and read one row at a time so a file never
-- sits whole in the application's memory. Rows and not large objects: they belong to the schema (dropped, dumped
-- and replicated with it), need no lo_unlink on delete, and stay readable outside a transaction.
create table attachment_chunk (
    storage_key varchar(64) not null,
    seq         integer     not null,
    data        bytea       not null,
    primary key (storage_key, seq)
);
