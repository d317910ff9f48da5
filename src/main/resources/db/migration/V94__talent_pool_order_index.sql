-- The talent pool lists the newest talents first (since_date descending, then id). At province scale (210,000 talents)
-- each page sorted the whole table: 43 ms of PostgreSQL per page view on a quiet machine. The index reads a page's
-- twenty rows in order.
create index talent_person_since_idx on talent_person (since_date desc, id);
