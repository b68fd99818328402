package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.shipment.ImportLineMapper.Mapped;
import org.threepl.portal.application.shipment.ImportLineMapper.Read;
import org.threepl.portal.application.shipment.ImportLineMapper.Refused;
import org.threepl.portal.application.shipment.ShipmentImportService.LineError;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The header of an import file and each record read into the API's input, error by error. */
class ImportLineMapperTest {

    private static final List<String> SHIPMENT_HEADER = List.of(
            "Reference",
            "origin",
            "destination",
            "transport_mode",
            "service_level",
            "pickup_from",
            "pickup_to",
            "delivery_from",
            "delivery_to",
            "Ordered_Quantity",
            "weight_kg",
            "declared_value",
            "currency",
            "shipment_number",
            "organisation",
            "note");

    private static ImportLineMapper<ShipmentInput> shipments() {
        return ImportLineMapper.shipments(new CsvRecords.Row(1, SHIPMENT_HEADER));
    }

    private static CsvRecords.Row row(long line, String... cells) {
        return new CsvRecords.Row(line, List.of(cells));
    }

    private static CsvRecords.Row shipmentRow(long line, String quantity, String weight, String value) {
        return row(
                line,
                " R-1 ",
                "Shanghai",
                "Hamburg",
                "SEA",
                "STANDARD",
                "2026-11-03T08:00:00Z",
                "2026-11-03T12:00:00Z",
                "2026-12-01T08:00:00Z",
                "2026-12-01T17:00:00Z",
                quantity,
                weight,
                value,
                "EUR",
                "",
                "ACME",
                "fragile");
    }

    private static LineError onlyError(Mapped<?> mapped, long line) {
        Refused<?> refused = assertInstanceOf(Refused.class, mapped);
        assertEquals(line, refused.line());
        assertEquals(1, refused.errors().size(), refused.errors().toString());
        return refused.errors().get(0);
    }

    @Test
    void aLineBecomesTheApisInputByColumnNameTrimmedEmptyCellsAbsentOtherColumnsPassedOver() {
        Read<ShipmentInput> read =
                assertInstanceOf(Read.class, shipments().map(shipmentRow(2, "120", "850.5", "12500.00")));
        assertEquals(2, read.line().line());
        assertEquals(
                new ShipmentInput(
                        "ACME",
                        "R-1",
                        null,
                        "Shanghai",
                        "Hamburg",
                        "SEA",
                        "STANDARD",
                        "2026-11-03T08:00:00Z",
                        "2026-11-03T12:00:00Z",
                        "2026-12-01T08:00:00Z",
                        "2026-12-01T17:00:00Z",
                        120,
                        new BigDecimal("850.5"),
                        new BigDecimal("12500.00"),
                        "EUR"),
                read.line().input(),
                "the note column is not the import's: passed over");
    }

    @Test
    void theColumnsMayComeInAnyOrderAndCaseAndALineMayStopShort() {
        ImportLineMapper<EventInput> events = ImportLineMapper.events(
                row(1, "OCCURRED_AT", " status_code ", "event_id", "source_system", "shipment_reference", "location"));
        Read<EventInput> read = assertInstanceOf(
                Read.class, events.map(row(7, "2026-11-03T10:15:00+08:00", "AF", "e-1", "WMS", "R-1")));
        assertEquals(
                new EventInput(null, "R-1", "e-1", "WMS", "AF", null, "2026-11-03T10:15:00+08:00", null, null),
                read.line().input(),
                "the location column is there, the line stops before it: absent");
    }

    @Test
    void anEmptyFileIsTheFilesErrorNamingTheRequiredColumns() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> ImportLineMapper.shipments(null));
        assertEquals("file", e.field());
        assertTrue(e.getMessage().contains(ImportColumns.REQUIRED_SHIPMENTS.toString()), e.getMessage());
    }

    @Test
    void anUnreadableOrTooLongFirstLineIsTheFilesError() {
        DomainRuleViolation tooLong = assertThrows(
                DomainRuleViolation.class, () -> ImportLineMapper.events(new CsvRecords.Problem(1, "too long", true)));
        assertTrue(
                tooLong.getMessage()
                        .startsWith("The first line is longer than " + CsvRecords.MAX_RECORD + " characters"),
                tooLong.getMessage());
        DomainRuleViolation unreadable = assertThrows(
                DomainRuleViolation.class,
                () -> ImportLineMapper.events(new CsvRecords.Problem(1, "A quoted cell is not closed", false)));
        assertTrue(
                unreadable.getMessage().startsWith("The first line cannot be read (A quoted cell is not closed)"),
                unreadable.getMessage());
        assertTrue(unreadable.getMessage().contains(ImportColumns.REQUIRED_EVENTS.toString()), unreadable.getMessage());
    }

    @Test
    void aMissingRequiredColumnIsTheFilesErrorNamingWhatIsMissing() {
        DomainRuleViolation e = assertThrows(
                DomainRuleViolation.class,
                () -> ImportLineMapper.events(row(1, "shipment_reference", "event_id", "status", "occurred_at")));
        assertEquals("file", e.field());
        assertEquals(
                "The header lacks the columns [source_system, status_code]; required: " + ImportColumns.REQUIRED_EVENTS,
                e.getMessage());
    }

    @Test
    void aBlankLineIsPassedOver() {
        assertNull(shipments().map(row(5, "")));
        assertNull(shipments().map(row(5, "   ")));
    }

    @Test
    void aBadWholeNumberNamesItsFieldAndTheColumnAsWritten() {
        LineError e = onlyError(shipments().map(shipmentRow(3, "lots", "1", "1")), 3);
        assertEquals(LineError.of(3, "orderedQuantity", "Ordered_Quantity", "Not a whole number: lots"), e);
        assertEquals("line 3, column Ordered_Quantity: Not a whole number: lots", e.text());
        assertEquals(
                "orderedQuantity",
                onlyError(shipments().map(shipmentRow(3, "1.5", "1", "1")), 3).field());
    }

    @Test
    void aBadNumberNamesItsField() {
        assertEquals(
                LineError.of(4, "weightKg", "weight_kg", "Not a number: 12kg"),
                onlyError(shipments().map(shipmentRow(4, "1", "12kg", "1")), 4));
        assertEquals(
                LineError.of(4, "declaredValue", "declared_value", "Not a number: 1,000"),
                onlyError(shipments().map(shipmentRow(4, "1", "1", "1,000")), 4));
    }

    @Test
    void aDateIsTheWritersToCheckButItsErrorNamesTheColumnAsWritten() {
        Read<ShipmentInput> read =
                assertInstanceOf(Read.class, shipments().map(row(2, "R-1", "a", "b", "SEA", "S", "3 Nov 2026")));
        assertEquals(
                "3 Nov 2026",
                read.line().input().pickupFrom(),
                "the text as written: checked with the API's rules by the writer");
        List<LineError> errors = shipments()
                .errors(new ImportChunkWriter.Rejected(
                        2,
                        List.of(
                                new BatchResult.ItemError("pickupFrom", "Not an ISO-8601 time: 3 Nov 2026", null),
                                new BatchResult.ItemError(
                                        "items[0].deliveryWindow", "The end is before the start", "rule.window"))));
        assertEquals(
                List.of(
                        LineError.of(2, "pickupFrom", "pickup_from", "Not an ISO-8601 time: 3 Nov 2026"),
                        LineError.of(
                                2,
                                "delivery_from",
                                new BatchResult.ItemError(
                                        "items[0].deliveryWindow", "The end is before the start", "rule.window"))),
                errors);
    }

    @Test
    void aLineTheReaderCouldNotReadIsRefusedAsAWholeLine() {
        LineError tooLong = onlyError(
                shipments().map(new CsvRecords.Problem(9, "The line is longer than 65536 characters", true)), 9);
        assertEquals(LineError.of(9, "line", null, "The line is longer than 65536 characters"), tooLong);
        assertEquals("line 9: The line is longer than 65536 characters", tooLong.text());
        assertEquals(
                "line",
                onlyError(shipments().map(new CsvRecords.Problem(10, "A quoted cell is not closed", false)), 10)
                        .field());
    }

    @Test
    void aWritersRefusalWithoutErrorsIsNotValidAndAFieldThatIsNoColumnNamesNone() {
        assertEquals(
                List.of(LineError.of(6, "line", null, "Not valid")),
                shipments().errors(new ImportChunkWriter.Rejected(6, List.of())));
        assertEquals(
                LineError.of(6, "eventId", null, "x"),
                shipments().error(6, "eventId", "x"),
                "not a column of a shipments file");
        assertEquals("shipment_number", shipments().writtenColumn("shipmentNumber"));
        assertEquals(
                "zone",
                ImportLineMapper.events(row(
                                1,
                                String.join(",", ImportColumns.REQUIRED_EVENTS).split(",")))
                        .writtenColumn("zone"),
                "a column the file lacks: the template's name");
    }
}
