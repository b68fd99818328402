package org.threepl.portal.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

class CsvTableWriterTest {

    @Test
    void cellsAreQuotedOnlyWhenNeeded() {
        assertEquals("PO-1", CsvTableWriter.cell("PO-1"));
        assertEquals("\"Shanghai, CN\"", CsvTableWriter.cell("Shanghai, CN"));
        assertEquals("\"say \"\"hi\"\"\"", CsvTableWriter.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvTableWriter.cell("two\nlines"));
        assertEquals("", CsvTableWriter.cell(null));
    }

    @Test
    void formulasAreDefusedButNumbersAreNot() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvTableWriter.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvTableWriter.cell("+1"));
        assertEquals("'@SUM(A1)", CsvTableWriter.cell("@SUM(A1)"));
        assertEquals("-5", CsvTableWriter.cell(-5));
    }

    @Test
    void valuesMadeForPeopleAreWrittenAsTheReaderReadsThemAndANegativeAmountIsNoFormula() {
        org.threepl.portal.application.export.ForPeople people =
                new org.threepl.portal.application.export.ForPeople(new org.threepl.portal.application.i18n.Formats(
                        java.util.Locale.ENGLISH, java.time.ZoneId.of("Europe/Berlin")));
        assertEquals(
                "\"20 Nov 2026, 15:00 CET\"",
                CsvTableWriter.cell(people.moment(Instant.parse("2026-11-20T14:00:00Z"))));
        assertEquals("-€600.00", CsvTableWriter.cell(people.money(new java.math.BigDecimal("-600.0000"), "EUR")));
        assertEquals("\"1,200\"", CsvTableWriter.cell(people.count(1200)));
        assertEquals("'-1", CsvTableWriter.cell("-1"), "text written by people is still defused");
    }

    @Test
    void timesAndEnumsAreWrittenAsIsoAndNames() {
        assertEquals("2026-11-20T14:00:00Z", CsvTableWriter.cell(Instant.parse("2026-11-20T14:00:00Z")));
        assertEquals("DELIVERED", CsvTableWriter.cell(ShipmentStatus.DELIVERED));
    }
}
