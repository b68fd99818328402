-- Relationship management on PostgreSQL only.
--
-- API traffic per client and window is counted set-based over all clients at once:
-- "received_at >= :from group by organisation_id" on tracking_event, "created_at >= :from" on
-- shipment. Both columns grow with insertion order, so a BRIN index finds a window's blocks at a
-- fraction of a B-tree's size and costs ingestion next to nothing (no per-row index entry to
-- place); a B-tree on tracking_event would slow down the event ingestion for a job that runs
-- hourly. H2 (the demo) scans instead.
create index tracking_event_received_brin on tracking_event using brin (received_at);
create index shipment_created_brin on shipment using brin (created_at);

-- at most one open tier proposal per client, even when two are sent at the same moment
create unique index tier_proposal_open_uk on tier_proposal (organisation_id) where state = 'PROPOSED';

-- the tier history is append-only: the database itself refuses to change or delete a row
create function tier_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'tier_history is append-only: % is not allowed', tg_op;
end;
$$;
create trigger tier_history_append_only before update or delete on tier_history
    for each row execute function tier_history_is_append_only();
