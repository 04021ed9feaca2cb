-- The campaign dashboard's figures read from its tally (activity.CampaignTally), as one hand-written query: the root's
-- own rows (totals, topics, groups, unit types, days), then each association directly beneath the root and each county
-- association, named, with its counted and 食品安全 rows.
-- pgbench -D campaign=N -D root=N -D prefix="'/1/2/%'"
select measure, item, n, null as name, null as f from campaign_tally where campaign_id = :campaign and unit_id = :root and n <> 0
union all
select o.level, o.id::text, c.n, coalesce(o.short_name, o.name), f.n from organization o
left join campaign_tally c on c.campaign_id = :campaign and c.measure = 'C' and c.item = '' and c.unit_id = o.id
left join campaign_tally f on f.campaign_id = :campaign and f.measure = 'F' and f.item = '' and f.unit_id = o.id
where o.path like :prefix and o.unit_type = 'ASSOCIATION' and (o.parent_id = :root or o.level = 'COUNTY');
