-- A programme enrolls village cadres (person) and returned talents (talent_person, 回引人才): each enrollment is of
-- exactly one of the two.
alter table talent_enrollment alter column person_id drop not null;
alter table talent_enrollment add column talent_id bigint references talent_person (id);
alter table talent_enrollment add constraint talent_enrollment_one_enrollee_chk check ((person_id is null) <> (talent_id is null));
create index talent_enrollment_talent_idx on talent_enrollment (talent_id);

-- The history (Envers) of enrollments and of partner applications, shown on their programme's and project's pages:
-- who enrolled whom, who finished an enrollment, who moved an application to which status.
create table talent_enrollment_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    program_id bigint, person_id bigint, talent_id bigint, from_date date, to_date date, training_mode varchar(30),
    outcome varchar(1000),
    primary key (id, rev)
);
create index talent_enrollment_aud_rev_idx on talent_enrollment_aud (rev);
create index talent_enrollment_aud_program_idx on talent_enrollment_aud (program_id);

create table partner_application_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    project_id bigint, applicant varchar(100), organisation varchar(200), phone varchar(20), submitted_on date,
    proposal varchar(2000), status varchar(20), rejection_reason varchar(500),
    primary key (id, rev)
);
create index partner_application_aud_rev_idx on partner_application_aud (rev);
create index partner_application_aud_project_idx on partner_application_aud (project_id);
