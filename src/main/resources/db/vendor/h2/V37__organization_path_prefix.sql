-- H2 answers a path prefix (path like '/1/23/%') from the plain index organization_path: nothing to add here. The
-- PostgreSQL version of this migration adds an index with the pattern operator class (db/vendor/postgresql).
select 1;
