-- A plain INSERT of one submitted activity: what registration through the API is compared with.
-- pgbench -D campaign=N -D organizer=N
insert into activity (campaign_id, organizer_id, reviewer_id, name, starts_at, ends_at, region_code, address,
    person_in_charge, phone, topics, counted_topics, target_groups, key_activity, expected_participants, state,
    submitted_at, created_by, created_at)
values (:campaign, :organizer, :organizer, '插入压测活动-' || :client_id || '-' || (random() * 1e12)::bigint,
    now() + interval '30 days', now() + interval '30 days 2 hours', null, '社区服务中心', '张老师', '13800000000',
    '|健康科普|', '|健康科普|', '|社区居民|', false, 100, 'SUBMITTED', now(), 'pgbench', now());
