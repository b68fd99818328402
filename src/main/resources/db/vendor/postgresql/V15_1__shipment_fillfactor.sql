-- Room in each page of shipment for the new version of a row whose derived status is written again, so
-- that the write can stay in the page (a HOT update, see V15). Pages written from now on keep 15 % free:
-- those of new shipments, the ones whose events are still coming.
alter table shipment set (fillfactor = 85);
