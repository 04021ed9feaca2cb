-- The campaign dashboard's figures as one hand-written query: counts per organizer and state (rolled up the tree by
-- the page), per day of submission, per counted topic and per target group, within the user's subtree.
-- pgbench -D campaign=N -D prefix="'/1/2/%'"
with a as (
    select a.* from activity a join organization o on o.id = a.organizer_id
    where a.campaign_id = :campaign and o.path like :prefix)
select 'organizer' as kind, organizer_id::text as k, state, count(*),
       sum(case when state = 'COMPLETED' and photo_count > 0 then 1 else 0 end)
from a group by organizer_id, state
union all
select 'day', (submitted_at::date)::text, null, count(*), null from a group by submitted_at::date
union all
select 'topic', t, null, count(*), null
from a, unnest(string_to_array(trim(both '|' from counted_topics), '|')) t
where state in ('APPROVED', 'COMPLETED') group by t
union all
select 'group', g, null, count(*), null
from a, unnest(string_to_array(trim(both '|' from target_groups), '|')) g
where state in ('APPROVED', 'COMPLETED') group by g;
