package org.threepl.portal.application.shipment;

import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShipmentExportServiceTest {

    @Test
    void cellsAreQuotedOnlyWhenNeeded() {
        assertEquals("PO-1", ShipmentExportService.cell("PO-1"));
        assertEquals("\"Shanghai, CN\"", ShipmentExportService.cell("Shanghai, CN"));
        assertEquals("\"say \"\"hi\"\"\"", ShipmentExportService.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", ShipmentExportService.cell("two\nlines"));
        assertEquals("", ShipmentExportService.cell(null));
    }

    @Test
    void formulasAreDefusedButNumbersAreNot() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ShipmentExportService.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", ShipmentExportService.cell("+1"));
        assertEquals("'@SUM(A1)", ShipmentExportService.cell("@SUM(A1)"));
        assertEquals("-5", ShipmentExportService.cell(-5));
    }

    @Test
    void timesAndEnumsAreWrittenAsIsoAndNames() {
        assertEquals("2026-11-20T14:00:00Z", ShipmentExportService.cell(Instant.parse("2026-11-20T14:00:00Z")));
        assertEquals("DELIVERED", ShipmentExportService.cell(ShipmentStatus.DELIVERED));
    }
}
