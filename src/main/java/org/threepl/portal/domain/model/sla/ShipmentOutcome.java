package org.threepl.portal.domain.model.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of one shipment that its KPIs are judged on, and the judgements: the definitions of the shipment KPIs,
 * which the roll-ups (SQL) must reproduce. A judgement is empty while it cannot be made yet (not due, or the needed
 * fact is missing); empty judgements are left out of a KPI's denominator.
 *
 * <ul>
 *   <li><b>Delivery</b> is judged at the first delivery (D1) or the first attempted delivery (AH): an attempt stops the
 *       clock. Not delivered and not attempted: pending until the window's end, then judged late by the time passed (it
 *       keeps getting later).
 *   <li><b>Pick-up</b> likewise at the first departure from the pick-up location (AF).
 *   <li><b>In full</b>: delivered, with proof of delivery, at least the ordered quantity. Without proof of delivery it
 *       cannot be judged.
 *   <li><b>OTIF</b>: on time and in full, judged when both are.
 *   <li><b>Damage-free</b>: judged once delivered, refused or reported damaged (A9); damage-free unless reported
 *       damaged.
 * </ul>
 *
 * @param pickupDue end of the planned pick-up window
 * @param deliveryDue end of the planned delivery window
 * @param pickedUpAt first departure from pick-up (AF), if any
 * @param deliveredAt first delivery (D1), if any
 * @param attemptedAt first attempted delivery (AH), if any
 * @param refused refused by the consignee (A7)
 * @param damaged reported damaged (A9)
 * @param orderedQuantity units ordered
 * @param podQuantity units delivered according to the proof of delivery, if recorded
 */
public record ShipmentOutcome(
        Instant pickupDue,
        Instant deliveryDue,
        Instant pickedUpAt,
        Instant deliveredAt,
        Instant attemptedAt,
        boolean refused,
        boolean damaged,
        int orderedQuantity,
        Integer podQuantity) {

    public ShipmentOutcome {
        Objects.requireNonNull(pickupDue, "pickupDue");
        Objects.requireNonNull(deliveryDue, "deliveryDue");
    }

    /** When the delivery clock stopped: the first delivery or attempt. */
    public Optional<Instant> deliveryClockStop() {
        if (deliveredAt == null) {
            return Optional.ofNullable(attemptedAt);
        }
        return Optional.of(attemptedAt == null || deliveredAt.isBefore(attemptedAt) ? deliveredAt : attemptedAt);
    }

    /**
     * How late the delivery was; still undelivered after its window, how late it is by now (and it keeps getting
     * later); empty before the window has ended.
     */
    public Optional<Lateness> deliveryLateness(Instant now) {
        return lateness(deliveryClockStop().orElse(null), deliveryDue, now);
    }

    public Optional<Lateness> pickupLateness(Instant now) {
        return lateness(pickedUpAt, pickupDue, now);
    }

    /** On time within the tolerance; empty while it still can be (not delivered, tolerance not yet used up). */
    public Optional<Boolean> onTimeDelivery(int toleranceMinutes, Instant now) {
        return onTime(deliveryClockStop().orElse(null), deliveryDue, toleranceMinutes, now);
    }

    public Optional<Boolean> onTimePickup(int toleranceMinutes, Instant now) {
        return onTime(pickedUpAt, pickupDue, toleranceMinutes, now);
    }

    public Optional<Boolean> inFull() {
        if (deliveredAt == null || podQuantity == null) {
            return Optional.empty();
        }
        return Optional.of(podQuantity >= orderedQuantity);
    }

    public Optional<Boolean> otif(int toleranceMinutes, Instant now) {
        Optional<Boolean> onTime = onTimeDelivery(toleranceMinutes, now);
        Optional<Boolean> inFull = inFull();
        if (onTime.isEmpty() || inFull.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(onTime.get() && inFull.get());
    }

    public Optional<Boolean> damageFree() {
        if (damaged) {
            return Optional.of(false);
        }
        return deliveredAt != null || refused ? Optional.of(true) : Optional.empty();
    }

    /**
     * Lateness of a clock stop against a due time; with no stop yet, empty until the due time has passed, then as late
     * as now.
     */
    private static Optional<Lateness> lateness(Instant stop, Instant due, Instant now) {
        if (stop != null) {
            return Optional.of(Lateness.of(Duration.between(due, stop)));
        }
        if (!now.isAfter(due)) {
            return Optional.empty();
        }
        return Optional.of(Lateness.of(Duration.between(due, now)));
    }

    private static Optional<Boolean> onTime(Instant stop, Instant due, int toleranceMinutes, Instant now) {
        if (stop != null) {
            return Optional.of(Lateness.of(Duration.between(due, stop)).withinTolerance(toleranceMinutes));
        }
        // not stopped: late once the tolerance is used up, undecided before
        return Duration.between(due, now).getSeconds() > toleranceMinutes * 60L ? Optional.of(false) : Optional.empty();
    }
}
