/**
 * Shipments and their tracking history: the {@link Shipment} aggregate (references, lane, planned windows, quantities,
 * declared value, proof of delivery) whose status is derived from its {@link TrackingEvent}s, coded with X12 214
 * shipment status and reason codes.
 */
package org.threepl.portal.domain.model.shipment;
