package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shared.TimeWindow;

@DisplayName("Shipment")
class ShipmentTest {

    private static final org.threepl.portal.domain.model.shared.Actor CARRIER =
            org.threepl.portal.domain.model.shared.Actor.credential(9, "carrier EDI");

    static final Instant CREATED = Instant.parse("2025-05-01T06:00:00Z");
    static final Instant PICKUP_FROM = Instant.parse("2025-05-02T08:00:00Z");
    static final TimeWindow PICKUP = new TimeWindow(PICKUP_FROM, PICKUP_FROM.plus(Duration.ofHours(4)));
    static final TimeWindow DELIVERY =
            new TimeWindow(PICKUP_FROM.plus(Duration.ofDays(30)), PICKUP_FROM.plus(Duration.ofDays(31)));

    record Fact(StatusCode statusCode, Instant occurredAt, Instant receivedAt) implements EventFact {}

    static ShipmentPlan plan(
            String number,
            String origin,
            String destination,
            TimeWindow pickup,
            TimeWindow delivery,
            int quantity,
            BigDecimal weight,
            Money value) {
        return new ShipmentPlan(
                number, origin, destination, TransportMode.SEA, "STANDARD", pickup, delivery, quantity, weight, value);
    }

    static ShipmentPlan validPlan() {
        return plan(
                "SHP-1",
                "Shanghai",
                "Hamburg",
                PICKUP,
                DELIVERY,
                10,
                new BigDecimal("1250.500"),
                Money.of("10000.00", "EUR"));
    }

    static Shipment newShipment() {
        return new Shipment(1L, ShipmentReference.of("PO-4711"), validPlan(), CREATED);
    }

    @Nested
    @DisplayName("Plan")
    class PlanTest {

        @Test
        void stripsItsTexts() {
            ShipmentPlan p = new ShipmentPlan(
                    " SHP-1 ",
                    "\tShanghai ",
                    " Hamburg\n",
                    TransportMode.ROAD,
                    " EXPRESS ",
                    PICKUP,
                    DELIVERY,
                    1,
                    null,
                    null);
            assertEquals("SHP-1", p.shipmentNumber());
            assertEquals("Shanghai", p.origin());
            assertEquals("Hamburg", p.destination());
            assertEquals("EXPRESS", p.serviceLevel());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void requiresEveryText(String blank) {
            assertEquals(
                    "The shipment number is required",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan(blank, "A", "B", PICKUP, DELIVERY, 1, null, null))
                            .getMessage());
            assertEquals(
                    "The origin is required",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan("S", blank, "B", PICKUP, DELIVERY, 1, null, null))
                            .getMessage());
            assertEquals(
                    "The destination is required",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan("S", "A", blank, PICKUP, DELIVERY, 1, null, null))
                            .getMessage());
            assertEquals(
                    "The service level is required",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> new ShipmentPlan(
                                            "S", "A", "B", TransportMode.AIR, blank, PICKUP, DELIVERY, 1, null, null))
                            .getMessage());
        }

        @Test
        void limitsTheLengthOfEachText() {
            assertEquals(
                    "S".repeat(40),
                    plan("S".repeat(40), "A", "B", PICKUP, DELIVERY, 1, null, null)
                            .shipmentNumber());
            assertEquals(
                    "The shipment number has at most 40 characters",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan("S".repeat(41), "A", "B", PICKUP, DELIVERY, 1, null, null))
                            .getMessage());

            assertEquals(
                    "A".repeat(100),
                    plan("S", "A".repeat(100), "B", PICKUP, DELIVERY, 1, null, null)
                            .origin());
            assertEquals(
                    "The origin has at most 100 characters",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan("S", "A".repeat(101), "B", PICKUP, DELIVERY, 1, null, null))
                            .getMessage());

            assertEquals(
                    "The destination has at most 100 characters",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan("S", "A", "B".repeat(101), PICKUP, DELIVERY, 1, null, null))
                            .getMessage());

            assertEquals(
                    "The service level has at most 32 characters",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> new ShipmentPlan(
                                            "S",
                                            "A",
                                            "B",
                                            TransportMode.AIR,
                                            "L".repeat(33),
                                            PICKUP,
                                            DELIVERY,
                                            1,
                                            null,
                                            null))
                            .getMessage());
        }

        @Test
        void surroundingSpaceDoesNotCountTowardsTheLength() {
            assertEquals(
                    "S".repeat(40),
                    plan("  " + "S".repeat(40) + "  ", "A", "B", PICKUP, DELIVERY, 1, null, null)
                            .shipmentNumber());
        }

        @Test
        void requiresTransportModeAndWindows() {
            assertThrows(
                    NullPointerException.class,
                    () -> new ShipmentPlan("S", "A", "B", null, "STD", PICKUP, DELIVERY, 1, null, null));
            assertThrows(NullPointerException.class, () -> plan("S", "A", "B", null, DELIVERY, 1, null, null));
            assertThrows(NullPointerException.class, () -> plan("S", "A", "B", PICKUP, null, 1, null, null));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void refusesAnOrderedQuantityBelowOne(int quantity) {
            assertEquals(
                    "The ordered quantity must be at least 1",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan("S", "A", "B", PICKUP, DELIVERY, quantity, null, null))
                            .getMessage());
        }

        @Test
        void acceptsAnOrderedQuantityOfOne() {
            assertEquals(1, plan("S", "A", "B", PICKUP, DELIVERY, 1, null, null).orderedQuantity());
        }

        @Test
        void refusesANegativeWeightButAcceptsZeroOrNone() {
            assertEquals(
                    "The weight cannot be negative",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan("S", "A", "B", PICKUP, DELIVERY, 1, new BigDecimal("-0.001"), null))
                            .getMessage());
            assertEquals(
                    BigDecimal.ZERO,
                    plan("S", "A", "B", PICKUP, DELIVERY, 1, BigDecimal.ZERO, null)
                            .weightKg());
            assertNull(plan("S", "A", "B", PICKUP, DELIVERY, 1, null, null).weightKg());
        }

        @Test
        void refusesANegativeDeclaredValueButAcceptsZeroOrNone() {
            assertEquals(
                    "The declared value cannot be negative",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan("S", "A", "B", PICKUP, DELIVERY, 1, null, Money.of("-0.01", "EUR")))
                            .getMessage());
            assertEquals(
                    Money.of("0", "USD"),
                    plan("S", "A", "B", PICKUP, DELIVERY, 1, null, Money.of("0", "USD"))
                            .declaredValue());
            assertNull(plan("S", "A", "B", PICKUP, DELIVERY, 1, null, null).declaredValue());
        }

        @Test
        void refusesADeliveryWindowEndingBeforeThePickupWindowStarts() {
            TimeWindow tooEarly = new TimeWindow(PICKUP_FROM.minusSeconds(7200), PICKUP_FROM.minusNanos(1));
            assertEquals(
                    "The delivery window ends before the pick-up window starts",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> plan("S", "A", "B", PICKUP, tooEarly, 1, null, null))
                            .getMessage());
        }

        @Test
        void acceptsADeliveryWindowEndingExactlyWhenThePickupWindowStarts() {
            TimeWindow touching = new TimeWindow(PICKUP_FROM.minusSeconds(7200), PICKUP_FROM);
            assertEquals(
                    touching,
                    plan("S", "A", "B", PICKUP, touching, 1, null, null).deliveryWindow());
        }
    }

    @Test
    void aNewShipmentIsBookedWithItsPlan() {
        Shipment s = newShipment();
        assertEquals(ShipmentStatus.BOOKED, s.status());
        assertFalse(s.hasException());
        assertNull(s.lastEventAt());
        assertNull(s.deliveredAt());
        assertNull(s.proofOfDelivery());
        assertNull(s.isInFull());
        assertEquals(1L, s.organisationId());
        assertEquals(new ShipmentReference("PO-4711"), s.reference());
        assertEquals("SHP-1", s.shipmentNumber());
        assertEquals("Shanghai", s.origin());
        assertEquals("Hamburg", s.destination());
        assertEquals("Shanghai → Hamburg", s.lane());
        assertEquals(TransportMode.SEA, s.transportMode());
        assertEquals("STANDARD", s.serviceLevel());
        assertEquals(PICKUP, s.pickupWindow());
        assertEquals(DELIVERY, s.deliveryWindow());
        assertEquals(10, s.orderedQuantity());
        assertEquals(new BigDecimal("1250.500"), s.weightKg());
        assertEquals(Money.of("10000", "EUR"), s.declaredValue());
        assertEquals(CREATED, s.createdAt());
        assertEquals(CREATED, s.updatedAt());
    }

    @Test
    void requiresAnOrganisationAReferenceAndAPlan() {
        assertThrows(
                NullPointerException.class, () -> new Shipment(null, ShipmentReference.of("R"), validPlan(), CREATED));
        assertThrows(NullPointerException.class, () -> new Shipment(1L, null, validPlan(), CREATED));
        assertThrows(NullPointerException.class, () -> new Shipment(1L, ShipmentReference.of("R"), null, CREATED));
    }

    @Test
    void replanTakesTheNewPlanAndLane() {
        Shipment s = newShipment();
        TimeWindow pickup = new TimeWindow(PICKUP_FROM.plusSeconds(86_400), PICKUP_FROM.plusSeconds(90_000));
        TimeWindow delivery = new TimeWindow(PICKUP_FROM.plusSeconds(200_000), PICKUP_FROM.plusSeconds(210_000));
        ShipmentPlan newPlan = new ShipmentPlan(
                "SHP-2",
                " Ningbo ",
                "Rotterdam",
                TransportMode.MULTIMODAL,
                "EXPRESS",
                pickup,
                delivery,
                12,
                new BigDecimal("900"),
                Money.of("1.50", "USD"));
        Instant later = CREATED.plusSeconds(3600);

        s.replan(newPlan, later);

        assertEquals("SHP-2", s.shipmentNumber());
        assertEquals("Ningbo", s.origin());
        assertEquals("Rotterdam", s.destination());
        assertEquals("Ningbo → Rotterdam", s.lane());
        assertEquals(TransportMode.MULTIMODAL, s.transportMode());
        assertEquals("EXPRESS", s.serviceLevel());
        assertEquals(pickup, s.pickupWindow());
        assertEquals(delivery, s.deliveryWindow());
        assertEquals(12, s.orderedQuantity());
        assertEquals(new BigDecimal("900"), s.weightKg());
        assertEquals(Money.of("1.50", "USD"), s.declaredValue());
        assertEquals(later, s.updatedAt());
        assertEquals(CREATED, s.createdAt(), "replanning keeps the creation time");
        assertEquals(new ShipmentReference("PO-4711"), s.reference(), "replanning keeps the reference");
        assertEquals(ShipmentStatus.BOOKED, s.status(), "replanning does not touch the status");
    }

    @Test
    void replanCanClearTheOptionalFacts() {
        Shipment s = newShipment();
        s.replan(plan("SHP-1", "Shanghai", "Hamburg", PICKUP, DELIVERY, 10, null, null), CREATED);
        assertNull(s.weightKg());
        assertNull(s.declaredValue());
    }

    @Test
    void aLaneIsTheStrippedOriginAndDestination() {
        assertEquals("Shanghai → Hamburg", ShipmentPlan.laneOf("  Shanghai\t", " Hamburg "));
        assertEquals("Shanghai → Hamburg", ShipmentPlan.laneOf("Shanghai", "Hamburg"));
    }

    @Test
    void deriveStatusFromSetsStatusExceptionAndTimes() {
        Shipment s = newShipment();
        Instant t = PICKUP_FROM;
        Instant now = CREATED.plusSeconds(7200);
        s.deriveStatusFrom(
                List.of(
                        new Fact(StatusCode.X3, t, t.plusSeconds(1)),
                        new Fact(StatusCode.SD, t.plusSeconds(60), t.plusSeconds(61)),
                        new Fact(StatusCode.D1, t.plusSeconds(600), t.plusSeconds(601)),
                        new Fact(StatusCode.CD, t.plusSeconds(900), t.plusSeconds(901))),
                now);

        assertEquals(ShipmentStatus.DELIVERED, s.status());
        assertTrue(s.hasException());
        assertEquals(t.plusSeconds(900), s.lastEventAt());
        assertEquals(t.plusSeconds(600), s.deliveredAt());
        assertEquals(now, s.updatedAt());
    }

    @Test
    void deriveStatusFromRecomputesFromTheWholeSet() {
        Shipment s = newShipment();
        Instant t = PICKUP_FROM;
        s.deriveStatusFrom(
                List.of(new Fact(StatusCode.A9, t, t), new Fact(StatusCode.D1, t.plusSeconds(5), t)), CREATED);
        s.deriveStatusFrom(List.of(new Fact(StatusCode.X3, t, t)), CREATED.plusSeconds(1));
        assertEquals(ShipmentStatus.AT_PICKUP, s.status());
        assertFalse(s.hasException());
        assertNull(s.deliveredAt());
        assertEquals(t, s.lastEventAt());

        s.deriveStatusFrom(List.of(), CREATED.plusSeconds(2));
        assertEquals(ShipmentStatus.BOOKED, s.status());
        assertNull(s.lastEventAt());
    }

    @Test
    void inFullIsUnknownWithoutProofOfDelivery() {
        assertNull(newShipment().isInFull());
    }

    @Test
    void inFullWhenTheOrderedQuantityWasDelivered() {
        Shipment s = newShipment();
        Instant signed = PICKUP_FROM.plus(Duration.ofDays(30));
        s.recordProofOfDelivery(new ProofOfDelivery("J. Doe", signed, 10), CARRIER, signed.plusSeconds(60));
        assertEquals(Boolean.TRUE, s.isInFull());
        assertEquals(signed.plusSeconds(60), s.updatedAt());
        assertEquals("J. Doe", s.proofOfDelivery().signedBy());
    }

    @Test
    void notInFullWhenLessWasDelivered() {
        Shipment s = newShipment();
        Instant signed = PICKUP_FROM.plus(Duration.ofDays(30));
        s.recordProofOfDelivery(new ProofOfDelivery("J. Doe", signed, 9), CARRIER, signed);
        assertEquals(Boolean.FALSE, s.isInFull());
        s.recordProofOfDelivery(new ProofOfDelivery("J. Doe", signed, 0), CARRIER, signed);
        assertEquals(Boolean.FALSE, s.isInFull());
    }

    @Test
    void recordingProofOfDeliveryRequiresOne() {
        assertThrows(NullPointerException.class, () -> newShipment().recordProofOfDelivery(null, CARRIER, CREATED));
    }
}
