package org.threepl.portal.application.shipment;

import org.threepl.portal.domain.model.shipment.Shipment;

import java.time.Instant;

/** A shipment as a list row shows it. */
public record ShipmentSummary(Long id, Long organisationId, String reference, String shipmentNumber, String origin,
                              String destination, String lane, String transportMode, String serviceLevel,
                              Instant pickupFrom, Instant pickupTo, Instant deliveryFrom, Instant deliveryTo,
                              String status, boolean exception, Instant lastEventAt, Instant deliveredAt,
                              int orderedQuantity, int version) {

    public static ShipmentSummary of(Shipment s) {
        return new ShipmentSummary(s.id(), s.organisationId(), s.reference().value(), s.shipmentNumber(), s.origin(),
                s.destination(), s.lane(), s.transportMode().name(), s.serviceLevel(), s.pickupWindow().from(),
                s.pickupWindow().to(), s.deliveryWindow().from(), s.deliveryWindow().to(), s.status().name(),
                s.hasException(), s.lastEventAt(), s.deliveredAt(), s.orderedQuantity(), s.version());
    }
}
