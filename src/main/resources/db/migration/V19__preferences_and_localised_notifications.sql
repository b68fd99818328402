-- The portal as its users expect it (issue 12): each user's language and time zone (pages, e-mails and
-- notifications are written in them), and notifications kept as texts of the bundles with their figures, so
-- that each reader sees them in their own language.
alter table user_account add column language varchar(8);
alter table user_account add column time_zone varchar(40);
alter table notification add column subject_key varchar(100);
alter table notification add column subject_args varchar(2000);
alter table notification add column body_key varchar(100);
alter table notification add column body_args varchar(8000);

-- Invoices as a finance tool: the day the billing system saw an invoice paid (its status follows from it).
alter table invoice add column paid_on date;
create index invoice_org_due_ix on invoice (organisation_id, due_on);
