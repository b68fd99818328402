-- Benchmark invoices for the history of bench/generate.sql (which includes this file; bench/run.sh runs it on its
-- own for a history generated before it existed): one per 100 shipments, issued over the last year for the :orgs
-- clients in turn, 30 days to pay. What the home page's tiles count: those issued in the last 30 days are open
-- (due soon or later), every 25th of each client's older ones is unpaid (overdue), the rest were paid.
-- Run with: psql -v orgs=10 -v shipments=1000000 -f bench/invoices.sql

\set ON_ERROR_STOP on
insert into invoice (id, organisation_id, contract_id, invoice_number, issued_on, due_on, currency, total_amount, cost_amount,
                     source_system, received_at, version, paid_on)
select 6000000000 + i.g, 900000000 + 1 + (i.g % :orgs), null, 'BI-' || i.g, i.issued, i.issued + 30, 'EUR', 1000 + i.g % 9000,
       700 + i.g % 6000, 'BENCH', i.issued::timestamptz + interval '6 hours', 0,
       case when i.issued + 30 >= current_date or (i.g / :orgs) % 25 = 0 then null else i.issued + 30 - (i.g / :orgs) % 10 end
from (select g, current_date - 365 + (g::bigint * 365 / greatest(:shipments / 100, 1))::int as issued
        from generate_series(1, greatest(:shipments / 100, 1)) g) i
on conflict do nothing;
analyze invoice;
