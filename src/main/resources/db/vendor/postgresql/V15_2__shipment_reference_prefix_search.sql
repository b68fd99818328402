-- The history's reference filter is a prefix search (client_reference or shipment_number LIKE 'PO-123%').
-- A B-tree serves LIKE 'prefix%' only if it orders byte by byte (the C collation or a *_pattern_ops operator
-- class); under the database's collation a search for one shipment read the organisation's whole history
-- (176 ms for 100,000 shipments, docs/performance.md). The two unique keys are rebuilt with varchar_pattern_ops:
-- they still enforce uniqueness and serve equality (upserts, ON CONFLICT, event look-ups by reference), and
-- now serve prefix searches as well, with no index added.
alter table shipment drop constraint shipment_reference_uk;
create unique index shipment_reference_uk on shipment (organisation_id, client_reference varchar_pattern_ops);
alter table shipment drop constraint shipment_number_uk;
create unique index shipment_number_uk on shipment (organisation_id, shipment_number varchar_pattern_ops);
