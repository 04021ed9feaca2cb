-- 承接: a lower-level association's own task carrying out a task its superior assigned to it.
alter table task add column parent_task_id bigint references task (id);
create index task_parent_task on task (parent_task_id);
