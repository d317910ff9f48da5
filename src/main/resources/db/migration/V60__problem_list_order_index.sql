-- The problems list's default order (newest report first, the id breaking ties) read straight from one index: with a
-- thousand problems reported on a day at province scale, sorting the latest day's rows by id took 160 ms a page.
-- The composite index serves the reports' ranges on reported_on as the old one did.
create index problem_reported_id_idx on problem (reported_on, id);
drop index problem_reported_idx;
