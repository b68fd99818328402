-- The home page's invoice tiles (issue 12) count a client's unpaid invoices that are overdue or fall due soon. With
-- (organisation_id, due_on) alone, "overdue" is every invoice due before today, paid or not: the client's whole
-- invoice history read to find the few unpaid ones. Led by paid_on, the unpaid ones are a range of their own
-- ("paid_on is null" is an index condition on both databases), ordered by due day: both counts read only unpaid
-- invoices. Paying an invoice moves its entry once.
create index invoice_org_unpaid_due_ix on invoice (organisation_id, paid_on, due_on);
