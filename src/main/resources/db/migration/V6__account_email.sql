-- E-mail for reminders (optional; in-app notifications reach every user regardless).
alter table account add column email varchar(100);
