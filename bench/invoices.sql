-- Benchmark invoices for the history of bench/generate.sql (which includes this file; bench/run.sh runs it on its
-- own for a history generated before it existed): one per 100 shipments, issued over the last year for the :orgs
-- clients in turn, 30 days to pay. What the home page's tiles count: those issued in the last 30 days are open
-- (due soon or later), every 25th of each client's older ones is unpaid (overdue), the rest were paid.
-- Run with: psql -v orgs=10 -v shipments=1000000 -f bench/invoices.sql (optionally -v first=N -v org=K as for
-- bench/generate.sql: the invoices of shipments N+1.., numbered from N/100 + 1, for organisations from 900000000 + K)

\set ON_ERROR_STOP on
\if :{?first} \else \set first 0 \endif
\if :{?org} \else \set org 1 \endif
insert into invoice (id, organisation_id, contract_id, invoice_number, issued_on, due_on, currency, total_amount, cost_amount,
                     source_system, received_at, version, paid_on)
select 6000000000 + :first / 100 + i.g, 900000000 + :org + (i.g % :orgs), null, 'BI-' || (:first / 100 + i.g), i.issued, i.issued + 30, 'EUR', 1000 + i.g % 9000,
       700 + i.g % 6000, 'BENCH', i.issued::timestamptz + interval '6 hours', 0,
       case when i.issued + 30 >= current_date or (i.g / :orgs) % 25 = 0 then null else i.issued + 30 - (i.g / :orgs) % 10 end
from (select g, current_date - 365 + (g::bigint * 365 / greatest(:shipments / 100, 1))::int as issued
        from generate_series(1, greatest(:shipments / 100, 1)) g) i
on conflict do nothing;
analyze invoice;
