package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

@DisplayName("TrackingEvent")
class TrackingEventTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZonedDateTime OCCURRED = ZonedDateTime.of(LocalDateTime.of(2025, 5, 2, 9, 30), SHANGHAI);
    private static final Instant RECEIVED = Instant.parse("2025-05-02T02:00:00Z");

    private final Shipment shipment = ShipmentTest.newShipment();

    private TrackingEvent event(String location, String sourceSystem, String eventId) {
        return new TrackingEvent(
                shipment, StatusCode.X3, ReasonCode.NS, OCCURRED, location, sourceSystem, eventId, RECEIVED);
    }

    @Test
    void keepsWhatHappenedWhereAndWhoReportedIt() {
        TrackingEvent e = event("  Shanghai Yangshan  ", " TMS-A ", " evt-1 ");
        assertSame(shipment, e.shipment());
        assertEquals(StatusCode.X3, e.statusCode());
        assertEquals(ReasonCode.NS, e.reasonCode());
        assertEquals("Shanghai Yangshan", e.location());
        assertEquals("TMS-A", e.sourceSystem());
        assertEquals("evt-1", e.senderEventId());
        assertEquals(RECEIVED, e.receivedAt());
        assertNull(e.id());
    }

    @Test
    void occurredAtIsTheInstantAndLocalTimeKeepsTheSendersZone() {
        TrackingEvent e = event(null, "TMS", "1");
        assertEquals(Instant.parse("2025-05-02T01:30:00Z"), e.occurredAt());
        assertEquals("Asia/Shanghai", e.zone());
        assertEquals(OCCURRED, e.localTime());
        assertEquals(SHANGHAI, e.localTime().getZone());
        assertEquals(LocalDateTime.of(2025, 5, 2, 9, 30), e.localTime().toLocalDateTime());
    }

    @Test
    void anOffsetZoneIsKeptAsWell() {
        ZonedDateTime occurred = ZonedDateTime.of(LocalDateTime.of(2025, 5, 2, 9, 30), ZoneOffset.ofHours(-5));
        TrackingEvent e = new TrackingEvent(shipment, StatusCode.AF, null, occurred, null, "TMS", "1", RECEIVED);
        assertEquals(Instant.parse("2025-05-02T14:30:00Z"), e.occurredAt());
        assertEquals("-05:00", e.zone());
        assertEquals(occurred, e.localTime());
    }

    @Test
    void theReasonIsOptional() {
        assertNull(new TrackingEvent(shipment, StatusCode.X3, null, OCCURRED, null, "TMS", "1", RECEIVED).reasonCode());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aBlankLocationIsNoLocation(String blank) {
        assertNull(event(blank, "TMS", "1").location());
    }

    @Test
    void theLocationHasAtMost100Characters() {
        assertEquals(100, event("L".repeat(100), "TMS", "1").location().length());
        assertEquals(
                100, event("  " + "L".repeat(100) + "  ", "TMS", "1").location().length());
        assertEquals(
                "A location has at most 100 characters",
                assertThrows(DomainRuleViolation.class, () -> event("L".repeat(101), "TMS", "1"))
                        .getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresTheSourceSystem(String blank) {
        assertEquals(
                "A source system of 1 to 40 characters is required",
                assertThrows(DomainRuleViolation.class, () -> event(null, blank, "1"))
                        .getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresTheSendersEventId(String blank) {
        assertEquals(
                "An event id of 1 to 100 characters is required (the sender's own id)",
                assertThrows(DomainRuleViolation.class, () -> event(null, "TMS", blank))
                        .getMessage());
    }

    @Test
    void limitsTheSourceSystemAndEventId() {
        assertEquals(40, event(null, "S".repeat(40), "1").sourceSystem().length());
        assertEquals(
                "A source system of 1 to 40 characters is required",
                assertThrows(DomainRuleViolation.class, () -> event(null, "S".repeat(41), "1"))
                        .getMessage());
        assertEquals(100, event(null, "TMS", "E".repeat(100)).senderEventId().length());
        assertEquals(
                "An event id of 1 to 100 characters is required (the sender's own id)",
                assertThrows(DomainRuleViolation.class, () -> event(null, "TMS", "E".repeat(101)))
                        .getMessage());
    }

    @Test
    void requiresShipmentStatusTimeAndReceipt() {
        assertThrows(
                NullPointerException.class,
                () -> new TrackingEvent(null, StatusCode.X3, null, OCCURRED, null, "TMS", "1", RECEIVED));
        assertEquals(
                "A status code is required",
                assertThrows(
                                NullPointerException.class,
                                () -> new TrackingEvent(shipment, null, null, OCCURRED, null, "TMS", "1", RECEIVED))
                        .getMessage());
        assertEquals(
                "The time of the event is required",
                assertThrows(
                                NullPointerException.class,
                                () -> new TrackingEvent(
                                        shipment, StatusCode.X3, null, null, null, "TMS", "1", RECEIVED))
                        .getMessage());
        assertThrows(
                NullPointerException.class,
                () -> new TrackingEvent(shipment, StatusCode.X3, null, OCCURRED, null, "TMS", "1", null));
    }

    @Test
    void isAnEventFactForStatusDerivation() {
        TrackingEvent pickup = event(null, "TMS", "1");
        TrackingEvent delivered = new TrackingEvent(
                shipment,
                StatusCode.D1,
                null,
                OCCURRED.plusDays(30),
                null,
                "TMS",
                "2",
                RECEIVED.plusSeconds(30L * 86_400));
        DerivedStatus d = DerivedStatus.of(java.util.List.of(delivered, pickup));
        assertEquals(ShipmentStatus.DELIVERED, d.status());
        assertEquals(OCCURRED.plusDays(30).toInstant(), d.deliveredAt());
    }
}
