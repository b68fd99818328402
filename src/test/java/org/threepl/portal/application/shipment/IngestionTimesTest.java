package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick reading of event times gives exactly what {@link OffsetDateTime#parse} gives, and refuses what it refuses.
 */
class IngestionTimesTest {

    @Test
    void readsAsOffsetDateTimeParseDoes() {
        Random r = new Random(11);
        List<String> inputs = new ArrayList<>(List.of(
                "2026-11-20T14:05:00+08:00",
                "2026-11-20T14:05:00Z",
                "2026-11-20T14:05:00.1Z",
                "2026-11-20T14:05:00.123456789-03:30",
                "2024-02-29T23:59:59.999+14:00",
                "0000-01-01T00:00:00-18:00",
                "2026-11-20T14:05:00-00:00"));
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(
                    "%04d-%02d-%02dT%02d:%02d:%02d",
                    r.nextInt(10000),
                    1 + r.nextInt(12),
                    1 + r.nextInt(28),
                    r.nextInt(24),
                    r.nextInt(60),
                    r.nextInt(60)));
            int digits = r.nextInt(10);
            if (digits > 0) {
                b.append('.');
                for (int d = 0; d < digits; d++) {
                    b.append((char) ('0' + r.nextInt(10)));
                }
            }
            b.append(
                    r.nextBoolean()
                            ? "Z"
                            : String.format("%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(18), r.nextInt(60)));
            inputs.add(b.toString());
        }
        for (String s : inputs) {
            assertEquals(OffsetDateTime.parse(s), IngestionChecks.offsetDateTime(s), s);
            assertTrue(IngestionChecks.quickParse(s) != null, s);
        }
    }

    @Test
    void refusesWhatOffsetDateTimeParseRefuses() {
        for (String s : List.of(
                "2026-02-30T10:00:00Z",
                "2026-13-01T10:00:00Z",
                "2026-11-20T24:00:00Z",
                "2026-11-20T10:60:00Z",
                "2026-11-20T10:00:60Z",
                "2026-11-20T10:00:00+19:00",
                "2026-11-20T10:00:00.1234567890Z",
                "2026-11-20T10:00:00",
                "2026-11-20 10:00:00Z",
                "2026-11-20T10:00:00+0800",
                "20x6-11-20T10:00:00Z",
                "yesterday",
                "2026-11-20T10:00:00+08:0a",
                "2026-11-20T10:00:00ZZ")) {
            assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(s), s);
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> IngestionChecks.offsetDateTime(s), s);
            assertTrue(e.getMessage().startsWith("Not an ISO-8601 time with an offset"), e.getMessage());
        }
    }

    @Test
    void readsOtherValidShapesThroughTheGeneralParser() {
        for (String s : List.of(
                "2026-11-20T10:00Z",
                "2026-11-20t10:00:00z",
                "2026-11-20T10:00:00+08:00:30",
                "+12026-11-20T10:00:00Z",
                "2026-11-20T10:00:00.Z")) {
            assertEquals(OffsetDateTime.parse(s), IngestionChecks.offsetDateTime(s), s);
        }
    }
}
