package org.threepl.portal.application.shipment;

/**
 * One tracking event of a batch, as sent. {@code occurredAt} is ISO-8601 with an offset (2026-11-20T14:05:00+08:00);
 * {@code zone} (e.g. Asia/Shanghai) optionally names the place's zone.
 */
public record EventInput(
        String organisation,
        String shipmentReference,
        String eventId,
        String sourceSystem,
        String statusCode,
        String reasonCode,
        String occurredAt,
        String zone,
        String location) {}
