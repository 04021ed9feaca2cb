-- Every review decision on an activity — approved, returned, approval withdrawn — with its comment, who and when.
create table activity_decision (
    activity_id bigint not null references activity (id) on delete cascade,
    position integer not null,
    decision varchar(20) not null,
    comment varchar(1000),
    decided_by varchar(100) not null,
    decided_at timestamp with time zone not null,
    primary key (activity_id, position)
);
