-- Amendments (plan changes after pick-up) of an organisation, newest first: a small partial index, as most
-- changes happen before the goods move. H2 (the demo) has no partial indexes and needs none.
create index shipment_change_amendment_ix on shipment_change (organisation_id, changed_at) where after_pickup;
