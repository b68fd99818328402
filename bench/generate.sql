-- Fills the portal's PostgreSQL database with a benchmark history: :orgs client organisations,
-- :shipments shipments spread over the last year and :events_per tracking events each (so
-- 1,000,000 shipments x 10 = 10,000,000 events with the defaults of bench/run.sh).
-- Run with: psql -v orgs=10 -v shipments=1000000 -v events_per=10 -f bench/generate.sql
-- Two optional variables add a history beside an existing one, of the same shape: -v first=N numbers the shipments
-- N+1 .. N+:shipments (shipment ids 5000000000 + n, their events 50000000000 + 100 n + 1..:events_per, invoices
-- 6000000000 + N/100 + 1..), -v org=K gives them to organisations 900000000 + K .. 900000000 + K + :orgs - 1.
-- Defaults: first=0, org=1 (the ten benchmark clients 900000001..900000010). bench/run.sh uses first=10000000,
-- org=11, orgs=1 for the home page's client of 1,000,000 shipments (above the numbers of a history of up to
-- 10,000,000 shipments).
-- Rows are written set-based (INSERT ... SELECT over generate_series), the fastest way short of COPY.

\set ON_ERROR_STOP on
\timing on
\if :{?first} \else \set first 0 \endif
\if :{?org} \else \set org 1 \endif
-- one "now" for both statements, so that each shipment's stored status, times and facts are exactly what its
-- events give (delivered at the D1, delayed by the last event's SD, picked up at the AF), as ingestion derives them
select now() as base \gset

insert into organisation (id, code, name, status, created_at, version)
select 900000000 + :org - 1 + g, 'BENCH' || (:org - 1 + g), 'Benchmark client ' || (:org - 1 + g), 'ACTIVE', now(), 0
from generate_series(1, :orgs) g
on conflict do nothing;

-- ids far above what the application's sequences hand out; one in 20 of each client's shipments is delayed (an SD as
-- its last event, no D1): on its way with an open exception, what the home page's tiles count
insert into shipment (id, organisation_id, client_reference, shipment_number, origin, destination, lane, transport_mode,
                      service_level, pickup_from, pickup_to, delivery_from, delivery_to, ordered_quantity, weight_kg,
                      status, has_exception, last_event_at, delivered_at, picked_up_at, created_at, updated_at, version)
select 5000000000 + g,
       900000000 + :org + (g % :orgs),
       'BR-' || g,
       'BN-' || g,
       (array['Shanghai','Shenzhen','Ningbo','Hamburg','Rotterdam','Manchester'])[1 + g % 6],
       (array['Hamburg','Rotterdam','Felixstowe','Munich','Birmingham','Beijing'])[1 + (g / 7) % 6],
       (array['Shanghai','Shenzhen','Ningbo','Hamburg','Rotterdam','Manchester'])[1 + g % 6] || ' → ' ||
       (array['Hamburg','Rotterdam','Felixstowe','Munich','Birmingham','Beijing'])[1 + (g / 7) % 6],
       (array['SEA','AIR','ROAD','RAIL'])[1 + g % 4],
       'STANDARD',
       (:'base'::timestamptz) - interval '365 days' + (g % 525600) * interval '1 minute',
       (:'base'::timestamptz) - interval '365 days' + (g % 525600) * interval '1 minute' + interval '4 hours',
       (:'base'::timestamptz) - interval '360 days' + (g % 525600) * interval '1 minute',
       (:'base'::timestamptz) - interval '360 days' + (g % 525600) * interval '1 minute' + interval '8 hours',
       1 + g % 40, 100 + g % 5000,
       case when (g / :orgs) % 20 = 0 then 'DELAYED' else 'DELIVERED' end,
       (g / :orgs) % 20 = 0,
       (:'base'::timestamptz) - interval '360 days' + (g % 525600) * interval '1 minute',
       case when (g / :orgs) % 20 = 0 then null else (:'base'::timestamptz) - interval '360 days' + (g % 525600) * interval '1 minute' end,
       (:'base'::timestamptz) - interval '365 days' + (g % 525600) * interval '1 minute' + interval '24 hours',
       now(), now(), 0
from generate_series(:first + 1, :first + :shipments) g;

-- the events' months get their partitions first (the server made those from its first start to three months ahead;
-- without them the year's events would all land in the default partition), and their identities their table, as
-- the ingestion writes them
-- (a schema before V33_2, as bench/partitioning.sh makes, has one table)
select exists (select 1 from pg_proc where proname = 'tracking_event_month') as partitioned \gset
\if :partitioned
select count(tracking_event_month(m::date)) as partitions_created
from generate_series((:'base'::timestamptz) - interval '366 days', (:'base'::timestamptz) + interval '1 month',
                     interval '1 month') m;
\endif
insert into tracking_event_sender (organisation_id, source_system, sender_event_id)
select 900000000 + :org + (s.g % :orgs), 'BENCH', 'BE-' || s.g || '-' || e
from generate_series(:first + 1, :first + :shipments) s(g), generate_series(1, :events_per) e;

insert into tracking_event (id, shipment_id, organisation_id, status_code, reason_code, occurred_at, zone, location,
                            source_system, sender_event_id, received_at)
select 50000000000 + s.g * 100 + e,
       5000000000 + s.g,
       900000000 + :org + (s.g % :orgs),
       case when (s.g / :orgs) % 20 = 0 and e = 10 then 'SD' else (array['X3','AF','X4','P1','X6','AG','X6','X4','X1','D1'])[e] end,
       null,
       (:'base'::timestamptz) - interval '365 days' + (s.g % 525600) * interval '1 minute' + e * interval '12 hours',
       'Asia/Shanghai', 'Bench hub ' || e, 'BENCH', 'BE-' || s.g || '-' || e,
       (:'base'::timestamptz) - interval '365 days' + (s.g % 525600) * interval '1 minute' + e * interval '12 hours' + interval '5 minutes'
from generate_series(:first + 1, :first + :shipments) s(g), generate_series(1, :events_per) e;

-- invoices (what the home page's tiles count as due and overdue)
\ir invoices.sql

analyze organisation;
analyze shipment;
analyze tracking_event;
analyze tracking_event_sender;
select count(*) as shipments from shipment;
select count(*) as events from tracking_event;
