-- H2 has no covering (INCLUDE) indexes; the dashboard reads through activity_campaign_organizer as before. The
-- PostgreSQL version of this migration adds one (db/vendor/postgresql).
select 1;
