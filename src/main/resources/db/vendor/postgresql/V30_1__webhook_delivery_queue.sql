-- The delivery job reads the due deliveries several times a second: the oldest pending one of each subscription and
-- ordering key, in the order they were written. Indexes over the pending rows only keep that read small however long
-- the log grows, and a delivery recorded as delivered leaves both of them (H2, the demo's database, has no partial
-- indexes and keeps V25's).
drop index webhook_delivery_due_ix;
drop index webhook_delivery_key_ix;
create index webhook_delivery_pending_ix on webhook_delivery (position) where state = 'PENDING';
create index webhook_delivery_pending_key_ix on webhook_delivery (subscription_id, ordering_key, position)
    where state = 'PENDING';
-- Every delivery is written pending and rewritten once delivered: a queue. Vacuumed and analysed after 2 % of its
-- rows changed rather than PostgreSQL's 20 %, so that the dead versions stay few and the plans know its size.
alter table webhook_delivery set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
-- The deliveries are written with the ingestion's batches, hundreds per statement, and a foreign key checks each row
-- on its own: the two of them tripled the cost of writing the outbox (measured: 43 against 15 microseconds a row).
-- Their guarantees are kept by the writer: a batch's deliveries name the events written just before them in the
-- same transaction and lock their subscriptions' rows once per statement; a subscription is removed before its
-- deliveries (waiting for such a lock); the housekeeping removes an event only when no delivery names it.
alter table webhook_delivery drop constraint webhook_delivery_event_id_fkey;
alter table webhook_delivery drop constraint webhook_delivery_subscription_id_fkey;
