-- The days on which a village has records of the kinds a year is judged by (problems raised, receptions, public
-- commitments pledged): the dashboard asks for the latest of them when a year has none. A plain UNION ALL of
-- indexed columns, so that max(on_date) reads one index entry per table instead of the whole report_event view.
create view report_record_day as
select village_id, reported_on as on_date from problem
union all
select village_id, received_on from reception
union all
select village_id, pledged_on from commitment where public_notice;
