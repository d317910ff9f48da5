-- A password set by an administrator is only a way back in: the user must choose their own at the next sign-in.
alter table app_user add column must_change_password boolean not null default false;

-- The account an audit line is about when it differs from the one who acted (an administrator resetting a password).
alter table audit_event add column subject varchar(50);
create index audit_event_subject_idx on audit_event (subject, at desc);
-- The audit log page filters by kind and day.
create index audit_event_kind_idx on audit_event (kind, at desc);
