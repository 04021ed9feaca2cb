-- Notifications.notifyOnce asks whether a unit already has a notice with a link lately: one lookup, however
-- many other notices the unit has.
create index notification_link on notification (organization_id, link, created_at);
