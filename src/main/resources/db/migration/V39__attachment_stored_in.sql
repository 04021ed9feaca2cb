-- Which file store holds an attachment's bytes: 'database' (attachment_content, all existing files) or 's3' (an
-- object store). Files stay readable while `move-files` moves them from one to the other.
alter table attachment add column stored_in varchar(10) default 'database' not null;
