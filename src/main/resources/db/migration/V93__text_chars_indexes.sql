-- The rest of the global search's short texts (V92 did people's, representatives' and projects' names): a commitment's
-- content or who pledged it, and a talent's name, field or organisation. Each column's characters in a GIN index, asked
-- through contains_chars by LikePattern.contains for a text of one or two characters; LIKE still decides.
create index commitment_content_chars_idx on commitment using gin (string_to_array(content::text, null));
create index commitment_pledged_by_chars_idx on commitment using gin (string_to_array(pledged_by::text, null));
create index talent_person_name_chars_idx on talent_person using gin (string_to_array(name::text, null));
create index talent_person_field_chars_idx on talent_person using gin (string_to_array(field::text, null));
create index talent_person_organisation_chars_idx on talent_person using gin (string_to_array(organisation::text, null));
