package org.threepl.portal.application.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

/**
 * A shipment with its whole timeline, proof of delivery, notes, and the history of its plan and proof of delivery
 * ({@code changes}, oldest first; {@code amendedAfterPickup} when any was made after the pick-up).
 */
public record ShipmentDetail(
        ShipmentSummary shipment,
        BigDecimal weightKg,
        BigDecimal declaredValue,
        String currency,
        Boolean inFull,
        ProofOfDeliveryView proofOfDelivery,
        List<EventView> events,
        List<NoteView> notes,
        List<ChangeView> changes,
        boolean amendedAfterPickup,
        Instant pickedUpAt) {

    /**
     * One step of the milestone bar: reached or not, the one the shipment stands at, and when it was reached if known.
     */
    public record Step(String milestone, boolean reached, boolean current, Instant at) {}

    /**
     * The milestone bar: booked, picked up, in transit, at delivery, delivered; every step up to the furthest one
     * reached is marked, the furthest one is the current one.
     */
    public List<Step> progress() {
        ShipmentStatus status = ShipmentStatus.valueOf(shipment.status());
        int reached = status.milestone().ordinal();
        List<Step> steps = new java.util.ArrayList<>();
        for (ShipmentStatus.Milestone m : ShipmentStatus.Milestone.values()) {
            Instant at = m == ShipmentStatus.Milestone.PICKED_UP
                    ? pickedUpAt
                    : m == ShipmentStatus.Milestone.DELIVERED ? shipment.deliveredAt() : null;
            steps.add(new Step(m.name(), m.ordinal() <= reached, m.ordinal() == reached, at));
        }
        return steps;
    }

    /**
     * How late (positive) or early (negative) the pick-up was against the end of its window, in minutes; null before
     * it.
     */
    public Long pickupLatenessMinutes() {
        return pickedUpAt == null
                ? null
                : java.time.Duration.between(shipment.pickupTo(), pickedUpAt).toMinutes();
    }

    /**
     * How late (positive) or early (negative) the delivery was against the end of its window, in minutes; null before
     * it.
     */
    public Long deliveryLatenessMinutes() {
        return shipment.deliveredAt() == null
                ? null
                : java.time.Duration.between(shipment.deliveryTo(), shipment.deliveredAt())
                        .toMinutes();
    }

    /**
     * Who signed, when, how much arrived; who recorded it ({@code recordedByKind}: USER, CREDENTIAL, SYSTEM, LEGACY or
     * null).
     */
    public record ProofOfDeliveryView(
            String signedBy,
            Instant signedAt,
            int deliveredQuantity,
            String documentName,
            String documentType,
            String recordedByKind,
            String recordedBy) {}

    /** One change: the field, its old and new value, when, by whom, for which side, and whether after the pick-up. */
    public record ChangeView(
            String field,
            String oldValue,
            String newValue,
            Instant changedAt,
            String actorKind,
            String actor,
            String side,
            boolean afterPickup) {
        static ChangeView of(org.threepl.portal.domain.model.shipment.ShipmentChange c) {
            return new ChangeView(
                    c.field().name(),
                    c.oldValue(),
                    c.newValue(),
                    c.changedAt(),
                    c.actor().kind().name(),
                    c.actor().name(),
                    c.side().name(),
                    c.afterPickup());
        }
    }

    public static ShipmentDetail of(
            Shipment s,
            List<EventView> events,
            ProofOfDeliveryView pod,
            List<NoteView> notes,
            List<ChangeView> changes) {
        return new ShipmentDetail(
                ShipmentSummary.of(s),
                s.weightKg(),
                s.declaredValue() == null ? null : s.declaredValue().amount(),
                s.declaredValue() == null ? null : s.declaredValue().currency().getCurrencyCode(),
                s.isInFull(),
                pod,
                events,
                notes,
                changes,
                changes.stream().anyMatch(ChangeView::afterPickup),
                s.pickedUpAt());
    }
}
