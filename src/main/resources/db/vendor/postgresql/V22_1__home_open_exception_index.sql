-- The home page's exception tile (issue 12) counts a client's open shipments with an exception. The status index
-- finds the open ones, but the exception flag is only in the row: every open shipment's heap page was read to test
-- it (500 pages, 12.8 ms for a client with 500 of them). Only shipments with an exception are in this index, so
-- the count reads index entries alone (0.5 ms). It is written only when a shipment's exception flag or, while
-- flagged, its status changes; the status writes of other shipments stay heap-only updates (V15_1).
create index shipment_org_open_exception_ix on shipment (organisation_id, status) where has_exception;
