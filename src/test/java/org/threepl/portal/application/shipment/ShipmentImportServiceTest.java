package org.threepl.portal.application.shipment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShipmentImportServiceTest {

    @Test
    void csvRecordsFollowRfc4180() {
        assertEquals(List.of("a", "b", "c"), ShipmentImportService.parse("a,b,c"));
        assertEquals(List.of("a", "", ""), ShipmentImportService.parse("a,,"));
        assertEquals(List.of("Ningbo, Zhejiang", "x"), ShipmentImportService.parse("\"Ningbo, Zhejiang\",x"));
        assertEquals(List.of("say \"hi\""), ShipmentImportService.parse("\"say \"\"hi\"\"\""));
    }

    @Test
    void linesWithoutQuotesSplitAtEveryComma() {
        assertEquals(List.of("", "a", "", "b", ""), ShipmentImportService.parse(",a,,b,"));
        assertEquals(List.of(""), ShipmentImportService.parse(""));
        assertEquals(List.of("x y", " z "), ShipmentImportService.parse("x y, z "));
        assertEquals(ShipmentImportService.parse("\"IMP-1\",Shanghai,,2026-10-01T08:00:00Z"),
                ShipmentImportService.parse("IMP-1,Shanghai,,2026-10-01T08:00:00Z"), "the same cells as the quoted form");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ShipmentImportService.parse("\"open,x"));
    }
}
