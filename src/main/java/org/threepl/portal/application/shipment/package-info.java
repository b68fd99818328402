/**
 * Shipment history use cases: ingestion (shipment upserts, tracking-event batches, proof of delivery; idempotent),
 * queries with keyset paging, and the read models they return.
 */
package org.threepl.portal.application.shipment;
