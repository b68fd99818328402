package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.PeopleCheck;
import org.threepl.portal.application.export.Shown;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;
import org.threepl.portal.domain.model.shipment.TransportMode;

/**
 * The shipments page's download for people: a row of the export query as the page shows it, under the page's headers.
 */
class ShipmentExportForPeopleTest {

    private static final ForPeople SHANGHAI =
            new ForPeople(new Formats(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai")));
    private static final Instant PICKUP = Instant.parse("2026-12-02T04:21:00Z");

    private static Object[] machineRow(ShipmentStatus status, Instant delivered) {
        return new Object[] {
            "PO-1",
            "N-1",
            "Shanghai",
            "Hamburg",
            TransportMode.SEA,
            "STANDARD",
            PICKUP,
            PICKUP.plusSeconds(3600),
            PICKUP.plusSeconds(86_400),
            PICKUP.plusSeconds(90_000),
            status,
            true,
            PICKUP.plusSeconds(600),
            delivered,
            1200
        };
    }

    @Test
    void aRowReadsAsThePageShowsItInTheReadersLanguageAndZone() {
        Object[] row = ShipmentExportService.forPeople(machineRow(ShipmentStatus.DELIVERY_FAILED, null), SHANGHAI);
        PeopleCheck.assertForPeople(row);
        assertEquals(ShipmentExportService.COLUMNS.size(), row.length);
        assertEquals("PO-1", row[0]);
        assertEquals("海运", row[4]);
        assertEquals("2026年12月2日 12:21 CST", ((Shown) row[6]).text(), "the reader's zone, not UTC");
        assertEquals("派送失败", row[10]);
        assertEquals("是", row[11]);
        assertNull(row[13], "not delivered: an empty cell");
        assertEquals("1,200", ((Shown) row[14]).text());
        assertEquals(1200, ((Shown.Figure) row[14]).value(), "a number a spreadsheet can add up");
    }

    @Test
    void everyStatusAndModeHasItsWords() {
        for (ShipmentStatus s : ShipmentStatus.values()) {
            for (TransportMode m : TransportMode.values()) {
                Object[] machine = machineRow(s, PICKUP);
                machine[4] = m;
                PeopleCheck.assertForPeople(ShipmentExportService.forPeople(machine, SHANGHAI));
            }
        }
    }

    @Test
    void theHeadersAreThePagesInChineseNotTheApisColumnNames() {
        List<String> headers = SHANGHAI.headers(ShipmentExportService.PEOPLE_HEADERS);
        assertEquals(ShipmentExportService.COLUMNS.size(), headers.size());
        PeopleCheck.assertChineseHeaders(headers, ShipmentExportService.COLUMNS);
        assertEquals("客户单号", headers.get(0));
    }
}
