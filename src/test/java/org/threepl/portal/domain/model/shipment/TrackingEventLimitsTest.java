package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * An event's limits are defined once, on {@link TrackingEvent}: the table's columns (V2__shipments.sql) have the same
 * lengths, and the check every ingestion path builds ({@link EventReport}) applies them with the API's messages.
 */
class TrackingEventLimitsTest {

    private static final ZonedDateTime OCCURRED =
            ZonedDateTime.of(2026, 11, 3, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    @Test
    void theTablesColumnsHaveTheDomainsLengths() throws Exception {
        String ddl = Files.readString(Path.of("src/main/resources/db/migration/V2__shipments.sql"));
        // the table as first created; on PostgreSQL the identities of events in a table of their own, and the events
        // created again partitioned by month
        String postgres = "src/main/resources/db/vendor/postgresql/";
        String identities = Files.readString(Path.of(postgres + "V33_1__tracking_event_identities.sql"));
        String byMonth = Files.readString(Path.of(postgres + "V33_2__tracking_event_by_month.sql"));
        for (String table : new String[] {
            table(ddl, "create table tracking_event"),
            table(identities, "create table tracking_event_sender"),
            table(byMonth, "create table tracking_event_by_month")
        }) {
            columnsHaveTheDomainsLengths(table);
        }
    }

    private static void columnsHaveTheDomainsLengths(String table) {
        Map<String, Integer> expected = Map.of(
                "status_code",
                TrackingEvent.CODE_LENGTH,
                "reason_code",
                TrackingEvent.CODE_LENGTH,
                "zone",
                TrackingEvent.ZONE_LENGTH,
                "location",
                TrackingEvent.LOCATION_LENGTH,
                "source_system",
                TrackingEvent.SOURCE_SYSTEM_LENGTH,
                "sender_event_id",
                TrackingEvent.EVENT_ID_LENGTH);
        int found = 0;
        for (Map.Entry<String, Integer> column : expected.entrySet()) {
            Matcher m = Pattern.compile("\\b" + column.getKey() + "\\s+varchar\\((\\d+)\\)")
                    .matcher(table);
            if (m.find()) {
                assertEquals(column.getValue(), Integer.valueOf(m.group(1)), column.getKey());
                found++;
            }
        }
        assertTrue(found >= 2, "the lengths of an event's texts: " + table);
    }

    private static String table(String ddl, String creation) {
        String table = ddl.substring(ddl.indexOf(creation + " ("));
        return table.substring(0, table.indexOf(");"));
    }

    @Test
    void theReferencesAndCodesHaveTheirLengths() throws Exception {
        String ddl = Files.readString(Path.of("src/main/resources/db/migration/V2__shipments.sql"));
        Matcher reference =
                Pattern.compile("client_reference\\s+varchar\\((\\d+)\\)").matcher(ddl);
        assertTrue(reference.find());
        assertEquals(ShipmentReference.LENGTH, Integer.parseInt(reference.group(1)));
        for (StatusCode c : StatusCode.values()) {
            assertEquals(TrackingEvent.CODE_LENGTH, c.name().length(), c.name());
        }
        for (ReasonCode c : ReasonCode.values()) {
            assertEquals(TrackingEvent.CODE_LENGTH, c.name().length(), c.name());
        }
    }

    private static EventReport report(String reference, String location, String source, String eventId) {
        return new EventReport(
                ShipmentReference.of(reference), StatusCode.X3, null, OCCURRED, location, source, eventId);
    }

    @Test
    void aReportIsStrippedAndChecked() {
        EventReport r = report("PO-1", "  Shanghai  ", " TMS ", " e-1 ");
        assertEquals("Shanghai", r.location());
        assertEquals("TMS", r.sourceSystem());
        assertEquals("e-1", r.eventId());
        assertNull(report("PO-1", "   ", "TMS", "1").location());
        assertEquals(
                100,
                report("PO-1", "L".repeat(100), "S".repeat(40), "E".repeat(100))
                        .location()
                        .length());
    }

    @Test
    void aReportOverTheLimitsIsRefusedInTheApisWords() {
        assertEquals(
                "A location has at most 100 characters",
                assertThrows(DomainRuleViolation.class, () -> report("PO-1", "L".repeat(101), "TMS", "1"))
                        .getMessage());
        assertEquals(
                "A source system of 1 to 40 characters is required",
                assertThrows(DomainRuleViolation.class, () -> report("PO-1", null, "S".repeat(41), "1"))
                        .getMessage());
        assertEquals(
                "A source system of 1 to 40 characters is required",
                assertThrows(DomainRuleViolation.class, () -> report("PO-1", null, " ", "1"))
                        .getMessage());
        assertEquals(
                "An event id of 1 to 100 characters is required (the sender's own id)",
                assertThrows(DomainRuleViolation.class, () -> report("PO-1", null, "TMS", "E".repeat(101)))
                        .getMessage());
        assertThrows(
                DomainRuleViolation.class, () -> report("P".repeat(ShipmentReference.LENGTH + 1), null, "TMS", "1"));
        assertThrows(
                NullPointerException.class,
                () -> new EventReport(ShipmentReference.of("PO-1"), null, null, OCCURRED, null, "TMS", "1"));
    }

    @Test
    void anEntityFromAReportKeepsItAndBelongsToItsShipment() {
        Shipment s = ShipmentTest.newShipment();
        EventReport r =
                new EventReport(s.reference(), StatusCode.AF, ReasonCode.NS, OCCURRED, " Yangshan ", "TMS", "e-9");
        TrackingEvent e = new TrackingEvent(s, r, OCCURRED.toInstant(), null);
        assertEquals("Yangshan", e.location());
        assertEquals("Asia/Shanghai", e.zone());
        assertEquals(ReasonCode.NS, e.reasonCode());
        assertThrows(
                IllegalArgumentException.class,
                () -> new TrackingEvent(
                        s,
                        new EventReport(
                                ShipmentReference.of("OTHER-1"), StatusCode.AF, null, OCCURRED, null, "TMS", "e-9"),
                        OCCURRED.toInstant(),
                        null));
    }
}
