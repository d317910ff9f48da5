-- Searches of one or two characters ("王庄") on the names of the province's people, representatives and projects: a
-- text shorter than a trigram cannot use the trigram indexes, and the cadres' search walked the 560,000 people in name
-- order until it had a page (470 ms for 王庄, none found). As V85 did for villages, each name's characters go into a GIN
-- index that LikePattern.contains asks through contains_chars(name, text) for such texts; LIKE still decides.
create index person_name_chars_idx on person using gin (string_to_array(name::text, null));
create index representative_name_chars_idx on representative using gin (string_to_array(name::text, null));
create index project_name_chars_idx on project using gin (string_to_array(name::text, null));
