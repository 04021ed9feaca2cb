-- Who submitted an activity for review: that person may not also review it.
alter table activity add column submitted_by varchar(100);
