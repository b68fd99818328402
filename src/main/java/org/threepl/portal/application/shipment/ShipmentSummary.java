package org.threepl.portal.application.shipment;

import java.time.Instant;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;
import org.threepl.portal.domain.model.shipment.TransportMode;

/** A shipment as a list row shows it. */
public record ShipmentSummary(
        Long id,
        Long organisationId,
        String reference,
        String shipmentNumber,
        String origin,
        String destination,
        String lane,
        String transportMode,
        String serviceLevel,
        Instant pickupFrom,
        Instant pickupTo,
        Instant deliveryFrom,
        Instant deliveryTo,
        String status,
        boolean exception,
        Instant lastEventAt,
        Instant deliveredAt,
        int orderedQuantity,
        int version) {

    /**
     * The row of a list query's projection ({@code select new …}): read as values, so no entity is built or tracked.
     */
    public ShipmentSummary(
            Long id,
            Long organisationId,
            String reference,
            String shipmentNumber,
            String origin,
            String destination,
            String lane,
            TransportMode transportMode,
            String serviceLevel,
            Instant pickupFrom,
            Instant pickupTo,
            Instant deliveryFrom,
            Instant deliveryTo,
            ShipmentStatus status,
            boolean exception,
            Instant lastEventAt,
            Instant deliveredAt,
            int orderedQuantity,
            int version) {
        this(
                id,
                organisationId,
                reference,
                shipmentNumber,
                origin,
                destination,
                lane,
                transportMode.name(),
                serviceLevel,
                pickupFrom,
                pickupTo,
                deliveryFrom,
                deliveryTo,
                status.name(),
                exception,
                lastEventAt,
                deliveredAt,
                orderedQuantity,
                version);
    }

    public static ShipmentSummary of(Shipment s) {
        return new ShipmentSummary(
                s.id(),
                s.organisationId(),
                s.reference().value(),
                s.shipmentNumber(),
                s.origin(),
                s.destination(),
                s.lane(),
                s.transportMode().name(),
                s.serviceLevel(),
                s.pickupWindow().from(),
                s.pickupWindow().to(),
                s.deliveryWindow().from(),
                s.deliveryWindow().to(),
                s.status().name(),
                s.hasException(),
                s.lastEventAt(),
                s.deliveredAt(),
                s.orderedQuantity(),
                s.version());
    }
}
