package org.threepl.portal.domain.model.shipment;

/** Where a shipment stands, derived from its tracking events (never set by hand). */
public enum ShipmentStatus {
    /** No tracking event yet. */
    BOOKED,
    AT_PICKUP,
    IN_TRANSIT,
    AT_DELIVERY,
    DELAYED,
    DAMAGED,
    DELIVERY_FAILED,
    REFUSED,
    DELIVERED;

    public boolean isFinal() {
        return this == DELIVERED || this == REFUSED;
    }
}
