-- The village list's search at province scale (70,000 villages). A text of one or two characters ("王庄") is shorter
-- than a trigram, so village_name_trgm_idx cannot serve it and every name was read (250 ms a search under load);
-- the search's other half, a code beginning with the text, could use no index either (the database's collation is
-- not "C"), so a longer text read every village too. Now:
-- * the names' characters in a GIN index (string_to_array(name, null): one element a character), asked through
--   contains_chars(name, text) for a text of one or two characters: "the name has every character of the text", which
--   PostgreSQL inlines into the indexed expression. It finds the candidates; the query keeps its LIKE, which decides.
-- * the codes in a pattern index, which serves "code like 'text%'".
create function contains_chars(value varchar, chars varchar) returns boolean
    language sql immutable parallel safe
    as $$ select string_to_array(value::text, null) @> string_to_array(chars::text, null) $$;

create index village_name_chars_idx on village using gin (string_to_array(name::text, null));
create index village_code_pattern_idx on village (code text_pattern_ops);
