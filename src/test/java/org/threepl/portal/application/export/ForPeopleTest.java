package org.threepl.portal.application.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

/** The cells of a file for people: words from the bundles, moments in the reader's zone, money with its currency. */
class ForPeopleTest {

    private static final ForPeople SHANGHAI =
            new ForPeople(new Formats(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai")));
    private static final ForPeople LONDON = new ForPeople(new Formats(Locale.ENGLISH, ZoneId.of("Europe/London")));
    private static final Instant T = Instant.parse("2026-11-29T22:18:00Z");

    @Test
    void codesAreNamedInTheReadersLanguage() {
        assertEquals("Delivered", LONDON.term("shipmentStatus.", ShipmentStatus.DELIVERED));
        assertEquals("调查中", SHANGHAI.term("dispute.state.", "UNDER_INVESTIGATION"));
        assertEquals("否", SHANGHAI.yesNo(false));
        assertEquals("Yes", LONDON.yesNo(true));
        assertEquals("API key “ERP”", LONDON.actor("CREDENTIAL", "ERP"));
        assertNull(SHANGHAI.term("dispute.state.", (String) null), "nothing known is an empty cell");
        assertNull(SHANGHAI.moment(null));
        assertNull(SHANGHAI.money(null, "EUR"));
    }

    @Test
    void aMomentIsTheReadersWallClockTimeAndASpreadsheetShowsItTheSameWay() {
        Shown.Moment m = SHANGHAI.moment(T);
        assertEquals("2026年11月30日 06:18 CST", m.text());
        assertEquals(LocalDateTime.of(2026, 11, 30, 6, 18), m.local());
        assertEquals("yyyy\"年\"m\"月\"d\"日\" hh:mm \"CST\"", m.spreadsheetFormat());
        assertEquals("29 Nov 2026, 22:18 GMT", LONDON.moment(T).text());
        assertEquals("d mmm yyyy\", \"hh:mm \"GMT\"", LONDON.moment(T).spreadsheetFormat());
        assertEquals(
                "d mmm yyyy\", \"hh:mm \"BST\"",
                LONDON.moment(Instant.parse("2026-07-01T10:00:00Z")).spreadsheetFormat(),
                "summer time named as the page names it");
    }

    @Test
    void moneyAndCountsReadAsOnThePagesAndStayNumbers() {
        Shown.Figure amount = SHANGHAI.money(new BigDecimal("-600.0000"), "EUR");
        assertEquals("-€600.00", amount.text());
        assertEquals("\"€\"#,##0.00", amount.spreadsheetFormat());
        assertEquals(new BigDecimal("-600.0000"), amount.value());
        assertEquals(
                "\"¥\"#,##0",
                new Formats(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"))
                        .spreadsheetMoney("JPY")
                        .replace("JP", ""));
        assertEquals("#,##0.00\" ZZZ\"", LONDON.formats().spreadsheetMoney("ZZZ"), "an unknown currency by its code");
        Shown.Figure count = LONDON.count(12345);
        assertEquals("12,345", count.text());
        assertEquals("#,##0", count.spreadsheetFormat());
    }

    @Test
    void headersComeFromTheBundles() {
        assertEquals(java.util.List.of("客户单号", "状态"), SHANGHAI.headers("shipment.reference", "shipment.status"));
        assertTrue(SHANGHAI.madeOn(T).startsWith("生成于2026年11月30日"), SHANGHAI.madeOn(T));
    }
}
