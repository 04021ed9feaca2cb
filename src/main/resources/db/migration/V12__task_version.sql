-- Tasks are edited by several people of the issuing association: each save names the version it started from.
alter table task add column version bigint not null default 0;
