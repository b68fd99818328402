package org.threepl.portal.domain.model.shipment;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * X12 214 shipment status codes (AT7-01) that the portal understands, with the status each one moves a shipment to.
 * Informational codes (estimated delivery, departed delivery location) are kept in the timeline but do not change the
 * status. The readable names are in the message bundles under {@code status.<code>}.
 */
public enum StatusCode {
    X3("Arrived at pick-up location", ShipmentStatus.AT_PICKUP, false),
    AF("Carrier departed pick-up location with shipment", ShipmentStatus.IN_TRANSIT, false),
    X4("Arrived at terminal location", ShipmentStatus.IN_TRANSIT, false),
    P1("Departed terminal location", ShipmentStatus.IN_TRANSIT, false),
    X6("En route to delivery location", ShipmentStatus.IN_TRANSIT, false),
    AG("Estimated delivery", null, false),
    X1("Arrived at delivery location", ShipmentStatus.AT_DELIVERY, false),
    AH("Attempted delivery", ShipmentStatus.DELIVERY_FAILED, true),
    AP("Delivery not completed", ShipmentStatus.DELIVERY_FAILED, true),
    SD("Shipment delayed", ShipmentStatus.DELAYED, true),
    A9("Shipment damaged", ShipmentStatus.DAMAGED, true),
    A7("Shipment refused by consignee", ShipmentStatus.REFUSED, true),
    D1("Completed unloading at delivery location (delivered)", ShipmentStatus.DELIVERED, false),
    CD("Carrier departed delivery location", null, false);

    private final String description;
    private final ShipmentStatus status;
    private final boolean exception;

    StatusCode(String description, ShipmentStatus status, boolean exception) {
        this.description = description;
        this.status = status;
        this.exception = exception;
    }

    /** The code, or a message that names the codes allowed. */
    public static StatusCode parse(String code) {
        return find(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown X12 214 status code '" + code + "'; allowed: " + allowed()));
    }

    public static Optional<StatusCode> find(String code) {
        return code == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(c -> c.name().equals(code.trim().toUpperCase(java.util.Locale.ROOT)))
                        .findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    public String description() {
        return description;
    }

    /** The status this event moves the shipment to; empty for informational codes. */
    public Optional<ShipmentStatus> status() {
        return Optional.ofNullable(status);
    }

    /** An exception the client should be alerted to (delay, damage, refusal, failed delivery). */
    public boolean isException() {
        return exception;
    }
}
