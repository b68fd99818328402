-- Each batch of tracking events writes the derived columns (status, times, facts) of the shipments it
-- touches. The index on updated_at made every such write a new row version in all nine indexes of
-- shipment: measured on 1,000,000 shipments, 44 ms and ~5,700 WAL records for 500 shipments, more than
-- storing the 500 events themselves (docs/performance.md). Without it, a write that leaves the status as
-- it was changes no indexed column, and PostgreSQL keeps the new version in the row's own page without
-- touching any index (a heap-only tuple) when the page has room (db/vendor/postgresql/V15_1).
-- The roll-up job's search for shipments changed since its last run (every few minutes) reads the table
-- instead of this index: ~0.3 s for 1,000,000 shipments.
drop index shipment_updated_ix;
