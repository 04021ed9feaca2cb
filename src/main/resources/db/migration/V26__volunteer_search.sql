-- Searching a million volunteers (issue #18, docs/performance.md): a name is found by its exact full name through this
-- index instead of reading every volunteer in scope; a skill (matched anywhere in the text) is checked in the index of
-- the scope's teams with their volunteers' skills, without reading the rows themselves (index-only on PostgreSQL).
create index volunteer_name on volunteer (name);
create index volunteer_team_skills on volunteer (team_id, skills);
