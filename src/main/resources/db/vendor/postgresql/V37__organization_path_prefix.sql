-- Data scope filters by a path prefix (path like '/1/23/%'). Under a database collation other than C (zh_CN.UTF-8,
-- en_US.UTF-8, even C.UTF-8) PostgreSQL cannot answer LIKE from the plain index organization_path, so every scoped
-- query read the whole organization table; an index with the pattern operator class compares bytes and can.
create index organization_path_prefix on organization (path varchar_pattern_ops);
