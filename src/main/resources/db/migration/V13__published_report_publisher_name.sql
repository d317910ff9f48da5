-- Who published a report, as people know them (the account's display name at the time), beside the login name.
alter table published_report add column published_by_name varchar(200);
