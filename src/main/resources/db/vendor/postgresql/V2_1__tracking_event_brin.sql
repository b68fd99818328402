-- Tracking events arrive roughly in time order: a BRIN index answers time-range scans over
-- millions of events at a fraction of a B-tree's size. PostgreSQL only.
create index tracking_event_occurred_brin on tracking_event using brin (occurred_at);
