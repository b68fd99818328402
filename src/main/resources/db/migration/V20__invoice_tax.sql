-- Invoices as a finance tool (issue 12): the tax the billing system charged on top of the lines; the
-- client pays the lines plus the tax. Invoices recorded before carried none.
alter table invoice add column tax_amount numeric(19, 4) not null default 0;
