package org.threepl.portal.application.shipment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShipmentImportServiceTest {

    @Test
    void csvRecordsFollowRfc4180() {
        assertEquals(List.of("a", "b", "c"), CsvRecords.parse("a,b,c"));
        assertEquals(List.of("a", "", ""), CsvRecords.parse("a,,"));
        assertEquals(List.of("Ningbo, Zhejiang", "x"), CsvRecords.parse("\"Ningbo, Zhejiang\",x"));
        assertEquals(List.of("say \"hi\""), CsvRecords.parse("\"say \"\"hi\"\"\""));
    }

    @Test
    void linesWithoutQuotesSplitAtEveryComma() {
        assertEquals(List.of("", "a", "", "b", ""), CsvRecords.parse(",a,,b,"));
        assertEquals(List.of(""), CsvRecords.parse(""));
        assertEquals(List.of("x y", " z "), CsvRecords.parse("x y, z "));
        assertEquals(CsvRecords.parse("\"IMP-1\",Shanghai,,2026-10-01T08:00:00Z"),
                CsvRecords.parse("IMP-1,Shanghai,,2026-10-01T08:00:00Z"), "the same cells as the quoted form");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("\"open,x"));
    }
}
