-- The campaign dashboard at national scale (issue #21). It names the associations beneath the user's unit: 3,000 among
-- 50,000 units for the nation, found here by path prefix among the associations alone instead of reading the whole
-- organization table (pattern operator class: see V37). Partial, so that queries by path alone keep to
-- organization_path_prefix (an index led by the unit type was chosen for them too, and scanned whole).
-- For each association the dashboard reads two tally rows (counted, 食品安全); with the measure before the unit, and the
-- count in the index, that is one range of the index instead of the campaign's whole tally.
create index organization_association_path on organization (path varchar_pattern_ops) where unit_type = 'ASSOCIATION';
create index campaign_tally_measure on campaign_tally (campaign_id, measure, item, unit_id, n);
