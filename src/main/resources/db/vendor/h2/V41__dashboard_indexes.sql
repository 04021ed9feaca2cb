-- The campaign dashboard's indexes (the PostgreSQL version explains them; H2 has no partial indexes and needs no
-- pattern operator class).
create index organization_association_path on organization (unit_type, path);
create index campaign_tally_measure on campaign_tally (campaign_id, measure, item, unit_id, n);
