package org.threepl.portal.application.shipment;

import java.io.Serializable;
import java.time.Instant;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

/**
 * What a shipment list is narrowed to. Date bounds are half-open: {@code from} inclusive, {@code to} exclusive.
 * {@code reference} matches the start of the client's reference or the 3PL's number; {@code progress} narrows to the
 * shipments on their way or still open (with {@code status}, both must hold).
 */
public record ShipmentFilter(
        Long organisationId,
        ShipmentStatus status,
        Instant pickupFrom,
        Instant pickupTo,
        Instant deliveryFrom,
        Instant deliveryTo,
        String lane,
        String origin,
        String destination,
        String reference,
        boolean exceptionsOnly,
        ShipmentStatus.Progress progress)
        implements Serializable {

    public static ShipmentFilter none() {
        return new ShipmentFilter(null, null, null, null, null, null, null, null, null, null, false, null);
    }

    public ShipmentFilter {
        lane = blankToNull(lane);
        origin = blankToNull(origin);
        destination = blankToNull(destination);
        reference = blankToNull(reference);
        if (pickupFrom != null && pickupTo != null && pickupTo.isBefore(pickupFrom)) {
            throw new IllegalArgumentException("pickupTo is before pickupFrom");
        }
        if (deliveryFrom != null && deliveryTo != null && deliveryTo.isBefore(deliveryFrom)) {
            throw new IllegalArgumentException("deliveryTo is before deliveryFrom");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
