package org.threepl.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.Formats;

/** Figures as readers read them: their zone, their language's conventions, the currency's minor unit. */
class FormatsTest {

    private static final Formats LONDON = new Formats(Locale.ENGLISH, ZoneId.of("Europe/London"));
    private static final Formats SHANGHAI = new Formats(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"));
    private static final Instant T = Instant.parse("2026-11-29T22:18:00Z");

    @Test
    void aMomentIsShownInTheReadersZoneNeverAsAnIsoInstant() {
        assertEquals("29 Nov 2026, 22:18 GMT", LONDON.dateTime(T));
        assertTrue(SHANGHAI.dateTime(T).startsWith("2026年11月30日 06:18"), SHANGHAI.dateTime(T));
        assertFalse(SHANGHAI.dateTime(T).contains("T06"), "no ISO instant");
        assertEquals(
                "30 Nov 2026", new Formats(Locale.ENGLISH, ZoneId.of("Asia/Shanghai")).date(T), "the reader's day");
        assertEquals("2026年12月2日", SHANGHAI.date(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void moneyHasItsCurrencysMinorUnitAndGrouping() {
        assertEquals("£600.00", LONDON.money(new BigDecimal("600.0000"), "GBP"));
        assertEquals("€56,560.90", LONDON.money(new BigDecimal("56560.9000"), "EUR"));
        assertEquals("¥1,235", LONDON.money(new BigDecimal("1234.6"), "JPY").replace("JP", ""));
        assertEquals(
                "¥1,234",
                LONDON.money(new BigDecimal("1234.5"), "JPY").replace("JP", ""),
                "half-even, as Money rounds");
        assertEquals("-£2,425.00", LONDON.money(new BigDecimal("-2425"), "GBP"));
        assertEquals(Formats.NONE, LONDON.money(null, "GBP"));
    }

    @Test
    void numbersPercentagesAndDurations() {
        assertEquals("1,234.5", LONDON.number(new BigDecimal("1234.5000"), 2));
        assertEquals("95.3 %", LONDON.percent(new BigDecimal("95.30"), 1));
        assertEquals("95.3%", SHANGHAI.percent(new BigDecimal("95.30"), 1));
        assertEquals("95.3 %", LONDON.share(new BigDecimal("0.953"), 1));
        assertEquals("2 days 3 h", LONDON.duration(2 * 24 * 60 + 3 * 60 + 20));
        assertEquals("1 day", LONDON.duration(24 * 60));
        assertEquals("3 h 5 min", LONDON.duration(185));
        assertEquals("45 min", LONDON.duration(-45));
        assertEquals("2天3小时", SHANGHAI.duration(2 * 24 * 60 + 3 * 60));
    }

    @Test
    void utcIsNamedUtcInEveryLanguage() {
        org.junit.jupiter.api.Assertions.assertTrue(
                new Formats(java.util.Locale.SIMPLIFIED_CHINESE, java.time.ZoneOffset.UTC)
                        .dateTime(T)
                        .endsWith(" UTC"),
                new Formats(java.util.Locale.SIMPLIFIED_CHINESE, java.time.ZoneOffset.UTC).dateTime(T));
        org.junit.jupiter.api.Assertions.assertTrue(new Formats(java.util.Locale.ENGLISH, java.time.ZoneOffset.UTC)
                .dateTime(T)
                .endsWith(" UTC"));
    }
}
