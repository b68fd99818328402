package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("DerivedStatus")
class DerivedStatusTest {

    private static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

    /** A plain event fact for the tests. */
    record Fact(StatusCode statusCode, Instant occurredAt, Instant receivedAt) implements EventFact {}

    /** An event that happened {@code minutes} after T0 and was received {@code receivedMinutes} after T0. */
    private static Fact at(StatusCode code, int minutes, int receivedMinutes) {
        return new Fact(code, T0.plusSeconds(60L * minutes), T0.plusSeconds(60L * receivedMinutes));
    }

    /** An event received one minute after it happened. */
    private static Fact at(StatusCode code, int minutes) {
        return at(code, minutes, minutes + 1);
    }

    private static Instant minute(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void noEventsMeansBookedWithoutExceptionOrTimes() {
        DerivedStatus d = DerivedStatus.of(List.of());
        assertEquals(new DerivedStatus(ShipmentStatus.BOOKED, false, null, null), d);
    }

    @Test
    void eachStatusChangingCodeMovesABookedShipmentToItsStatus() {
        assertEquals(
                ShipmentStatus.AT_PICKUP,
                DerivedStatus.of(List.of(at(StatusCode.X3, 0))).status());
        assertEquals(
                ShipmentStatus.IN_TRANSIT,
                DerivedStatus.of(List.of(at(StatusCode.AF, 0))).status());
        assertEquals(
                ShipmentStatus.IN_TRANSIT,
                DerivedStatus.of(List.of(at(StatusCode.X4, 0))).status());
        assertEquals(
                ShipmentStatus.IN_TRANSIT,
                DerivedStatus.of(List.of(at(StatusCode.P1, 0))).status());
        assertEquals(
                ShipmentStatus.IN_TRANSIT,
                DerivedStatus.of(List.of(at(StatusCode.X6, 0))).status());
        assertEquals(
                ShipmentStatus.AT_DELIVERY,
                DerivedStatus.of(List.of(at(StatusCode.X1, 0))).status());
        assertEquals(
                ShipmentStatus.DELIVERY_FAILED,
                DerivedStatus.of(List.of(at(StatusCode.AH, 0))).status());
        assertEquals(
                ShipmentStatus.DELIVERY_FAILED,
                DerivedStatus.of(List.of(at(StatusCode.AP, 0))).status());
        assertEquals(
                ShipmentStatus.DELAYED,
                DerivedStatus.of(List.of(at(StatusCode.SD, 0))).status());
        assertEquals(
                ShipmentStatus.DAMAGED,
                DerivedStatus.of(List.of(at(StatusCode.A9, 0))).status());
        assertEquals(
                ShipmentStatus.REFUSED,
                DerivedStatus.of(List.of(at(StatusCode.A7, 0))).status());
        assertEquals(
                ShipmentStatus.DELIVERED,
                DerivedStatus.of(List.of(at(StatusCode.D1, 0))).status());
    }

    @Test
    void aSingleEventIsTheLastEvent() {
        DerivedStatus d = DerivedStatus.of(List.of(at(StatusCode.X6, 5)));
        assertEquals(minute(5), d.lastEventAt());
        assertNull(d.deliveredAt());
        assertFalse(d.exception());
    }

    @Test
    void informationalCodesAloneLeaveTheShipmentBooked() {
        DerivedStatus d = DerivedStatus.of(List.of(at(StatusCode.AG, 0), at(StatusCode.CD, 10)));
        assertEquals(ShipmentStatus.BOOKED, d.status());
        assertFalse(d.exception());
        assertEquals(minute(10), d.lastEventAt());
        assertNull(d.deliveredAt());
    }

    @ParameterizedTest
    @EnumSource(
            value = StatusCode.class,
            names = {"AG", "CD"})
    void anInformationalCodeAfterAStatusDoesNotChangeIt(StatusCode informational) {
        DerivedStatus d = DerivedStatus.of(List.of(at(StatusCode.X3, 0), at(StatusCode.X1, 30), at(informational, 60)));
        assertEquals(ShipmentStatus.AT_DELIVERY, d.status());
        assertFalse(d.exception());
        assertEquals(minute(60), d.lastEventAt(), "an informational event still counts as the last event");
    }

    @Test
    void theLatestStatusChangingEventByTimeDecides() {
        DerivedStatus d =
                DerivedStatus.of(List.of(at(StatusCode.X3, 0), at(StatusCode.AF, 10), at(StatusCode.X1, 120)));
        assertEquals(ShipmentStatus.AT_DELIVERY, d.status());
        assertFalse(d.exception());
        assertEquals(minute(120), d.lastEventAt());
    }

    @Test
    void theSameSetGivesTheSameResultInAnyArrivalOrder() {
        List<Fact> events = List.of(
                at(StatusCode.X3, 0, 500),
                at(StatusCode.AF, 10, 5),
                at(StatusCode.X4, 60, 70),
                at(StatusCode.SD, 90, 91),
                at(StatusCode.P1, 120, 300),
                at(StatusCode.AG, 130, 131),
                at(StatusCode.X6, 200, 201),
                at(StatusCode.X1, 400, 2));
        DerivedStatus expected = new DerivedStatus(ShipmentStatus.AT_DELIVERY, true, minute(400), null);
        assertEquals(expected, DerivedStatus.of(events));

        Random random = new Random(20250310L);
        for (int i = 0; i < 200; i++) {
            List<Fact> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, DerivedStatus.of(shuffled), "order " + shuffled);
        }
    }

    @Test
    void aDeliveredSetGivesTheSameResultInAnyArrivalOrder() {
        List<Fact> events = List.of(
                at(StatusCode.X3, 0),
                at(StatusCode.AF, 10),
                at(StatusCode.D1, 300, 900),
                at(StatusCode.X6, 350, 351),
                at(StatusCode.CD, 310),
                at(StatusCode.D1, 320, 321));
        DerivedStatus expected = new DerivedStatus(ShipmentStatus.DELIVERED, false, minute(350), minute(300));

        Random random = new Random(42L);
        for (int i = 0; i < 200; i++) {
            List<Fact> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, DerivedStatus.of(shuffled), "order " + shuffled);
        }
    }

    @Test
    void duplicatesDoNotChangeTheResult() {
        Fact pickup = at(StatusCode.X3, 0);
        Fact delayed = at(StatusCode.SD, 30);
        Fact enRoute = at(StatusCode.X6, 60);
        DerivedStatus once = DerivedStatus.of(List.of(pickup, delayed, enRoute));
        DerivedStatus twice = DerivedStatus.of(List.of(pickup, enRoute, delayed, enRoute, pickup, delayed));
        assertEquals(new DerivedStatus(ShipmentStatus.IN_TRANSIT, true, minute(60), null), once);
        assertEquals(once, twice);
    }

    @Test
    void duplicatedDeliveryKeepsTheSameDeliveryTime() {
        Fact delivered = at(StatusCode.D1, 100);
        DerivedStatus d = DerivedStatus.of(List.of(delivered, at(StatusCode.X1, 90), delivered, delivered));
        assertEquals(new DerivedStatus(ShipmentStatus.DELIVERED, false, minute(100), minute(100)), d);
    }

    @Test
    void acceptsASetAsWellAsAList() {
        DerivedStatus d = DerivedStatus.of(Set.of(at(StatusCode.X1, 50), at(StatusCode.X3, 0), at(StatusCode.X6, 20)));
        assertEquals(new DerivedStatus(ShipmentStatus.AT_DELIVERY, false, minute(50), null), d);
    }

    @Test
    void deliveredIsFinalEvenWhenALaterNonFinalEventHappened() {
        DerivedStatus d =
                DerivedStatus.of(List.of(at(StatusCode.X6, 10), at(StatusCode.D1, 100), at(StatusCode.X6, 200)));
        assertEquals(ShipmentStatus.DELIVERED, d.status());
        assertEquals(minute(100), d.deliveredAt());
        assertEquals(minute(200), d.lastEventAt(), "the later event is still the last event");
        assertFalse(d.exception());
    }

    @Test
    void deliveredIsFinalEvenWhenALaterExceptionHappened() {
        DerivedStatus d = DerivedStatus.of(List.of(at(StatusCode.D1, 100), at(StatusCode.SD, 200)));
        assertEquals(ShipmentStatus.DELIVERED, d.status());
        assertEquals(minute(100), d.deliveredAt());
        assertTrue(d.exception());
    }

    @Test
    void theEarliestDeliveryGivesTheDeliveryTimeWhateverTheArrivalOrder() {
        Fact later = at(StatusCode.D1, 300, 301);
        Fact earliest = at(StatusCode.D1, 100, 999);
        Fact middle = at(StatusCode.D1, 200, 201);
        assertEquals(
                minute(100), DerivedStatus.of(List.of(later, middle, earliest)).deliveredAt());
        assertEquals(
                minute(100), DerivedStatus.of(List.of(earliest, later, middle)).deliveredAt());
        assertEquals(
                minute(300), DerivedStatus.of(List.of(later, middle, earliest)).lastEventAt());
    }

    @Test
    void refusedIsFinalWhenThereIsNoDelivery() {
        DerivedStatus d = DerivedStatus.of(
                List.of(at(StatusCode.X1, 10), at(StatusCode.A7, 20), at(StatusCode.X6, 30), at(StatusCode.X1, 40)));
        assertEquals(ShipmentStatus.REFUSED, d.status());
        assertTrue(d.exception());
        assertNull(d.deliveredAt(), "a refused shipment was not delivered");
        assertEquals(minute(40), d.lastEventAt());
    }

    @Test
    void deliveredWinsOverRefusedWhicheverHappenedLater() {
        DerivedStatus refusedLater = DerivedStatus.of(List.of(at(StatusCode.D1, 10), at(StatusCode.A7, 20)));
        assertEquals(ShipmentStatus.DELIVERED, refusedLater.status());
        assertEquals(minute(10), refusedLater.deliveredAt());

        DerivedStatus refusedEarlier = DerivedStatus.of(List.of(at(StatusCode.D1, 20), at(StatusCode.A7, 10)));
        assertEquals(ShipmentStatus.DELIVERED, refusedEarlier.status());
        assertEquals(minute(20), refusedEarlier.deliveredAt());
    }

    @Test
    void aTieInTimeIsBrokenByTheLaterReceivedEvent() {
        Fact delayedReceivedFirst = at(StatusCode.SD, 50, 51);
        Fact atDeliveryReceivedLater = at(StatusCode.X1, 50, 52);
        assertEquals(
                ShipmentStatus.AT_DELIVERY,
                DerivedStatus.of(List.of(delayedReceivedFirst, atDeliveryReceivedLater))
                        .status());
        assertEquals(
                ShipmentStatus.AT_DELIVERY,
                DerivedStatus.of(List.of(atDeliveryReceivedLater, delayedReceivedFirst))
                        .status());

        Fact delayedReceivedLast = at(StatusCode.SD, 50, 53);
        assertEquals(
                ShipmentStatus.DELAYED,
                DerivedStatus.of(List.of(delayedReceivedLast, atDeliveryReceivedLater))
                        .status());
        assertEquals(
                ShipmentStatus.DELAYED,
                DerivedStatus.of(List.of(atDeliveryReceivedLater, delayedReceivedLast))
                        .status());
    }

    @Test
    void theReceivingTimeDoesNotOutweighTheTimeOfTheEvent() {
        Fact inTransitReceivedLate = at(StatusCode.X6, 10, 1000);
        Fact atDeliveryReceivedEarly = at(StatusCode.X1, 20, 21);
        assertEquals(
                ShipmentStatus.AT_DELIVERY,
                DerivedStatus.of(List.of(atDeliveryReceivedEarly, inTransitReceivedLate))
                        .status());
    }

    @ParameterizedTest
    @EnumSource(
            value = StatusCode.class,
            names = {"SD", "A9", "A7", "AP", "AH"})
    void anExceptionCodeSetsTheExceptionFlagEvenWhenALaterEventIsNormal(StatusCode exceptional) {
        DerivedStatus d = DerivedStatus.of(
                List.of(at(StatusCode.X3, 0), at(exceptional, 10), at(StatusCode.X6, 20), at(StatusCode.X1, 30)));
        assertTrue(d.exception(), exceptional + " should flag an exception");
        ShipmentStatus expected = exceptional == StatusCode.A7 ? ShipmentStatus.REFUSED : ShipmentStatus.AT_DELIVERY;
        assertEquals(expected, d.status());
    }

    @ParameterizedTest
    @EnumSource(
            value = StatusCode.class,
            names = {"X3", "AF", "X4", "P1", "X6", "AG", "X1", "D1", "CD"})
    void normalCodesNeverSetTheExceptionFlag(StatusCode normal) {
        assertFalse(
                DerivedStatus.of(List.of(at(StatusCode.X3, 0), at(normal, 10))).exception());
    }

    @Test
    void theLastEventIsTheLatestByTimeNotByArrival() {
        DerivedStatus d = DerivedStatus.of(
                List.of(at(StatusCode.X6, 300, 301), at(StatusCode.X3, 0, 5000), at(StatusCode.AG, 100, 6000)));
        assertEquals(minute(300), d.lastEventAt());
    }

    @Test
    void aLateArrivingOlderEventDoesNotSetTheStatusBack() {
        List<Fact> firstBatch =
                List.of(at(StatusCode.X3, 0, 1), at(StatusCode.AF, 30, 31), at(StatusCode.X6, 120, 121));
        assertEquals(ShipmentStatus.IN_TRANSIT, DerivedStatus.of(firstBatch).status());

        List<Fact> withLateArrivals = new ArrayList<>(firstBatch);
        withLateArrivals.add(at(StatusCode.X3, 5, 500));
        withLateArrivals.add(at(StatusCode.AG, 10, 501));
        DerivedStatus d = DerivedStatus.of(withLateArrivals);
        assertEquals(ShipmentStatus.IN_TRANSIT, d.status(), "a late pick-up report must not move it back to AT_PICKUP");
        assertEquals(minute(120), d.lastEventAt());
        assertFalse(d.exception());
    }

    @Test
    void aLateArrivingOlderDelayStillFlagsTheExceptionButDoesNotSetTheStatus() {
        List<Fact> events = List.of(at(StatusCode.X3, 0, 1), at(StatusCode.X6, 120, 121), at(StatusCode.SD, 60, 800));
        DerivedStatus d = DerivedStatus.of(events);
        assertEquals(ShipmentStatus.IN_TRANSIT, d.status());
        assertTrue(d.exception());
        assertEquals(minute(120), d.lastEventAt());
    }
}
