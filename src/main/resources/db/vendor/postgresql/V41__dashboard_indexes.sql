-- The campaign dashboard at national scale (issue #21). It names the associations beneath the user's unit: 3,000 among
-- 50,000 units for the nation, found by type and path prefix here instead of reading the whole organization table
-- (pattern operator class: see V37). For each it reads two tally rows (counted, 食品安全); with the measure before the
-- unit, and the count in the index, that is one range of the index instead of the campaign's whole tally.
create index organization_type_path on organization (unit_type, path varchar_pattern_ops);
create index campaign_tally_measure on campaign_tally (campaign_id, measure, item, unit_id, n);
