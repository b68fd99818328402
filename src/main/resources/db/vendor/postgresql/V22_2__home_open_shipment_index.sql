-- The home page's "on their way" tile (issue 12) counts a client's open shipments in the statuses of being on the
-- way. The status index (organisation_id, status, pickup_from, id) serves it index-only, but its entries are wide
-- and ordered by pick-up time, not by where the rows lie, so each entry's visibility check changes page: for a
-- client with 1,000,000 shipments and 50,000 on their way, 16,796 pages for one count (18.4 ms, docs/performance.md).
-- Only open shipments (not delivered, not refused) are in this index, by status alone: its entries are few,
-- deduplicated and in row order, 55 pages for the same count (10.2 ms). A shipment's entry is written when it
-- is created or its status changes while open (status changes already write the status index); delivered and
-- refused ones, nearly all of a long history, are not in it.
create index shipment_org_open_ix on shipment (organisation_id, status) where status not in ('DELIVERED', 'REFUSED');
