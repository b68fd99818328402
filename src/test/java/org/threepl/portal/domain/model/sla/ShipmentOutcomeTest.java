package org.threepl.portal.domain.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShipmentOutcomeTest {

    private static final Instant PICKUP_DUE = Instant.parse("2026-10-01T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-10-05T18:00:00Z");
    private static final Instant LONG_AFTER = DUE.plus(Duration.ofDays(30));

    private static ShipmentOutcome delivered(Instant at, Integer pod) {
        return new ShipmentOutcome(PICKUP_DUE, DUE, PICKUP_DUE, at, null, false, false, 10, pod);
    }

    @Test
    void deliveredByTheEndOfTheWindowIsOnTimeAndOneSecondLaterIsNotWithoutTolerance() {
        assertEquals(Optional.of(true), delivered(DUE, 10).onTimeDelivery(0, LONG_AFTER));
        assertEquals(Optional.of(false), delivered(DUE.plusSeconds(1), 10).onTimeDelivery(0, LONG_AFTER));
        assertEquals(
                Optional.of(Lateness.MINUTES_15),
                delivered(DUE.plusSeconds(1), 10).deliveryLateness(LONG_AFTER));
    }

    @Test
    void theToleranceCountsUpToAndIncludingItsLimit() {
        assertEquals(
                Optional.of(true),
                delivered(DUE.plus(Duration.ofMinutes(15)), 10).onTimeDelivery(15, LONG_AFTER));
        assertEquals(
                Optional.of(false),
                delivered(DUE.plus(Duration.ofMinutes(15)).plusSeconds(1), 10).onTimeDelivery(15, LONG_AFTER));
        assertEquals(
                Optional.of(true),
                delivered(DUE.plus(Duration.ofMinutes(240)), 10).onTimeDelivery(240, LONG_AFTER));
    }

    @Test
    void anAttemptedDeliveryStopsTheClock() {
        Instant attempt = DUE.minus(Duration.ofHours(1));
        ShipmentOutcome o = new ShipmentOutcome(
                PICKUP_DUE, DUE, PICKUP_DUE, DUE.plus(Duration.ofDays(2)), attempt, false, false, 10, 10);
        assertEquals(Optional.of(attempt), o.deliveryClockStop());
        assertEquals(
                Optional.of(true),
                o.onTimeDelivery(0, LONG_AFTER),
                "attempted in time, delivered later at the consignee's wish");
        ShipmentOutcome onlyAttempted =
                new ShipmentOutcome(PICKUP_DUE, DUE, PICKUP_DUE, null, attempt, false, false, 10, null);
        assertEquals(Optional.of(true), onlyAttempted.onTimeDelivery(0, LONG_AFTER));
    }

    @Test
    void undeliveredIsPendingUntilTheToleranceIsUsedUpThenLateAndGettingLater() {
        ShipmentOutcome o = new ShipmentOutcome(PICKUP_DUE, DUE, PICKUP_DUE, null, null, false, false, 10, null);
        assertEquals(Optional.empty(), o.onTimeDelivery(30, DUE));
        assertEquals(Optional.empty(), o.deliveryLateness(DUE));
        assertEquals(
                Optional.empty(), o.onTimeDelivery(30, DUE.plus(Duration.ofMinutes(30))), "still within the tolerance");
        assertEquals(
                Optional.of(false),
                o.onTimeDelivery(30, DUE.plus(Duration.ofMinutes(30)).plusSeconds(1)));
        assertEquals(
                Lateness.DAY_1,
                o.deliveryLateness(DUE.plus(Duration.ofHours(5))).orElseThrow());
        assertEquals(
                Lateness.MORE, o.deliveryLateness(DUE.plus(Duration.ofDays(3))).orElseThrow());
    }

    @Test
    void lateDeliveriesFallIntoTheDayBuckets() {
        assertEquals(
                Lateness.Bucket.ON_TIME,
                delivered(DUE.plus(Duration.ofMinutes(10)), 10)
                        .deliveryLateness(LONG_AFTER)
                        .orElseThrow()
                        .bucket(15));
        assertEquals(
                Lateness.Bucket.ONE_DAY,
                delivered(DUE.plus(Duration.ofMinutes(16)), 10)
                        .deliveryLateness(LONG_AFTER)
                        .orElseThrow()
                        .bucket(15));
        assertEquals(
                Lateness.Bucket.ONE_DAY,
                delivered(DUE.plus(Duration.ofDays(1)), 10)
                        .deliveryLateness(LONG_AFTER)
                        .orElseThrow()
                        .bucket(0));
        assertEquals(
                Lateness.Bucket.TWO_DAYS,
                delivered(DUE.plus(Duration.ofDays(1)).plusSeconds(1), 10)
                        .deliveryLateness(LONG_AFTER)
                        .orElseThrow()
                        .bucket(0));
        assertEquals(
                Lateness.Bucket.MORE,
                delivered(DUE.plus(Duration.ofDays(2)).plusSeconds(1), 10)
                        .deliveryLateness(LONG_AFTER)
                        .orElseThrow()
                        .bucket(0));
    }

    @Test
    void inFullNeedsProofOfDeliveryAndAPartialDeliveryIsNotInFull() {
        assertEquals(Optional.empty(), delivered(DUE, null).inFull(), "no proof of delivery: cannot be judged");
        assertEquals(Optional.of(false), delivered(DUE, 9).inFull(), "one unit short");
        assertEquals(Optional.of(true), delivered(DUE, 10).inFull());
        assertEquals(Optional.of(true), delivered(DUE, 11).inFull(), "more than ordered is not a shortage");
        ShipmentOutcome notDelivered = new ShipmentOutcome(PICKUP_DUE, DUE, null, null, null, false, false, 10, 10);
        assertEquals(Optional.empty(), notDelivered.inFull());
    }

    @Test
    void otifIsOnTimeAndInFullJudgedOnlyWhenBothAre() {
        assertEquals(Optional.of(true), delivered(DUE, 10).otif(0, LONG_AFTER));
        assertEquals(Optional.of(false), delivered(DUE, 9).otif(0, LONG_AFTER));
        assertEquals(Optional.of(false), delivered(DUE.plusSeconds(60), 10).otif(0, LONG_AFTER));
        assertEquals(Optional.empty(), delivered(DUE, null).otif(0, LONG_AFTER));
    }

    @Test
    void damageIsJudgedOnceDeliveredRefusedOrReportedDamaged() {
        assertEquals(Optional.of(true), delivered(DUE, 10).damageFree());
        assertEquals(
                Optional.of(false),
                new ShipmentOutcome(PICKUP_DUE, DUE, PICKUP_DUE, null, null, false, true, 10, null).damageFree());
        assertEquals(
                Optional.of(true),
                new ShipmentOutcome(PICKUP_DUE, DUE, PICKUP_DUE, null, null, true, false, 10, null).damageFree());
        assertEquals(
                Optional.empty(),
                new ShipmentOutcome(PICKUP_DUE, DUE, PICKUP_DUE, null, null, false, false, 10, null).damageFree());
    }

    @Test
    void pickupIsJudgedAtTheFirstDeparture() {
        ShipmentOutcome early =
                new ShipmentOutcome(PICKUP_DUE, DUE, PICKUP_DUE.minusSeconds(600), null, null, false, false, 1, null);
        assertEquals(Optional.of(true), early.onTimePickup(0, LONG_AFTER));
        ShipmentOutcome late = new ShipmentOutcome(
                PICKUP_DUE, DUE, PICKUP_DUE.plus(Duration.ofHours(2)), null, null, false, false, 1, null);
        assertEquals(Optional.of(false), late.onTimePickup(60, LONG_AFTER));
        assertEquals(Optional.of(true), late.onTimePickup(120, LONG_AFTER));
    }

    @Test
    void aDeliveryReportedAfterThePeriodClosedIsJudgedByWhenItHappened() {
        // judged late while unreported, then on time once the delivery event (dated in the window) arrives
        ShipmentOutcome unreported =
                new ShipmentOutcome(PICKUP_DUE, DUE, PICKUP_DUE, null, null, false, false, 10, null);
        assertEquals(Optional.of(false), unreported.onTimeDelivery(0, LONG_AFTER));
        ShipmentOutcome reported = delivered(DUE.minusSeconds(60), null);
        assertEquals(Optional.of(true), reported.onTimeDelivery(0, LONG_AFTER));
    }

    @Test
    void aTimezoneDoesNotChangeTheJudgementInstantsAreCompared() {
        // 23:30 in Shanghai on the 5th is 15:30 UTC, before the 18:00 UTC end of the window
        Instant local = java.time.ZonedDateTime.parse("2026-10-05T23:30:00+08:00[Asia/Shanghai]")
                .toInstant();
        assertEquals(Optional.of(true), delivered(local, 10).onTimeDelivery(0, LONG_AFTER));
    }
}
