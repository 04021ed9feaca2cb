-- The campaign dashboard's figures read from its tally (activity.CampaignTally), as one hand-written query: the root's
-- own rows (totals, topics, groups, unit types, days), then counted and 食品安全 for each association beneath it, named.
-- pgbench -D campaign=N -D root=N -D prefix="'/1/2/%'"
select measure, item, n, null as name from campaign_tally where campaign_id = :campaign and unit_id = :root and n <> 0
union all
select t.measure, t.unit_id::text, t.n, coalesce(o.short_name, o.name) from campaign_tally t join organization o on o.id = t.unit_id
where t.campaign_id = :campaign and t.measure in ('C', 'F') and t.item = '' and o.path like :prefix and o.unit_type = 'ASSOCIATION';
