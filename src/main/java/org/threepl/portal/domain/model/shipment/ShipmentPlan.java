package org.threepl.portal.domain.model.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shared.TimeWindow;

/**
 * The planned facts of a shipment, as the sending system states them: texts trimmed and within their columns, the
 * delivery window not ending before the pick-up window starts, at least one piece, no negative weight or value. What
 * taking a new plan changes of a shipment's current one is said in the words its history keeps.
 */
public record ShipmentPlan(
        String shipmentNumber,
        String origin,
        String destination,
        TransportMode transportMode,
        String serviceLevel,
        TimeWindow pickupWindow,
        TimeWindow deliveryWindow,
        int orderedQuantity,
        BigDecimal weightKg,
        Money declaredValue) {

    public ShipmentPlan {
        shipmentNumber = trimmed(shipmentNumber, "shipment number", 40);
        origin = trimmed(origin, "origin", 100);
        destination = trimmed(destination, "destination", 100);
        Objects.requireNonNull(transportMode, "A transport mode is required");
        serviceLevel = trimmed(serviceLevel, "service level", 32);
        Objects.requireNonNull(pickupWindow, "A planned pick-up window is required");
        Objects.requireNonNull(deliveryWindow, "A planned delivery window is required");
        if (deliveryWindow.to().isBefore(pickupWindow.from())) {
            throw new IllegalArgumentException("The delivery window ends before the pick-up window starts");
        }
        if (orderedQuantity <= 0) {
            throw new IllegalArgumentException("The ordered quantity must be at least 1");
        }
        if (weightKg != null && weightKg.signum() < 0) {
            throw new IllegalArgumentException("The weight cannot be negative");
        }
        if (declaredValue != null && declaredValue.isNegative()) {
            throw new IllegalArgumentException("The declared value cannot be negative");
        }
    }

    private static String trimmed(String s, String what, int max) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        if (s.strip().length() > max) {
            throw new IllegalArgumentException("The " + what + " has at most " + max + " characters");
        }
        return s.strip();
    }

    /** The lane this plan travels, e.g. "Shanghai → Hamburg". */
    public String lane() {
        return laneOf(origin, destination);
    }

    /** A lane is the pair of places a shipment travels between, e.g. "Shanghai → Hamburg". */
    public static String laneOf(String origin, String destination) {
        return origin.strip() + " → " + destination.strip();
    }

    /** What taking this plan changes of the shipment's current plan, field by field (nothing when it is the same). */
    List<ShipmentChange.Change> changesFrom(Shipment current) {
        List<ShipmentChange.Change> changes = new ArrayList<>();
        ShipmentChange.compare(changes, ShipmentChange.Field.SHIPMENT_NUMBER, current.shipmentNumber(), shipmentNumber);
        ShipmentChange.compare(changes, ShipmentChange.Field.ORIGIN, current.origin(), origin);
        ShipmentChange.compare(changes, ShipmentChange.Field.DESTINATION, current.destination(), destination);
        ShipmentChange.compare(changes, ShipmentChange.Field.TRANSPORT_MODE, current.transportMode(), transportMode);
        ShipmentChange.compare(changes, ShipmentChange.Field.SERVICE_LEVEL, current.serviceLevel(), serviceLevel);
        ShipmentChange.compare(
                changes, ShipmentChange.Field.PICKUP_WINDOW, text(current.pickupWindow()), text(pickupWindow));
        ShipmentChange.compare(
                changes, ShipmentChange.Field.DELIVERY_WINDOW, text(current.deliveryWindow()), text(deliveryWindow));
        ShipmentChange.compare(
                changes, ShipmentChange.Field.ORDERED_QUANTITY, current.orderedQuantity(), orderedQuantity);
        ShipmentChange.compare(changes, ShipmentChange.Field.WEIGHT, text(current.weightKg()), text(weightKg));
        ShipmentChange.compare(
                changes, ShipmentChange.Field.DECLARED_VALUE, text(current.declaredValue()), text(declaredValue));
        return changes;
    }

    /**
     * A window as the history keeps it: its two instants to the second, in UTC
     * ("2026-11-03T08:00:00Z/2026-11-03T12:00:00Z").
     */
    static String text(TimeWindow w) {
        return w == null ? null : second(w.from()) + "/" + second(w.to());
    }

    private static String second(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A weight as the history keeps it: a plain number without trailing zeros ("1250.5"). */
    static String text(BigDecimal weight) {
        return weight == null ? null : weight.stripTrailingZeros().toPlainString();
    }

    /** An amount as the history keeps it: no trailing zeros, then the currency ("600 GBP", "12.5 EUR"). */
    static String text(Money m) {
        return m == null
                ? null
                : m.amount().stripTrailingZeros().toPlainString() + " "
                        + m.currency().getCurrencyCode();
    }
}
