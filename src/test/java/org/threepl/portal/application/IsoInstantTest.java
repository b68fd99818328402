package org.threepl.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

    @Test
    void writesWhatInstantToStringWrites() {
        java.util.Random random = new java.util.Random(42);
        List<Instant> samples = new java.util.ArrayList<>(List.of(
                Instant.EPOCH,
                t("2026-11-29T00:00:00Z"),
                t("2026-11-29T23:59:59.999999999Z"),
                t("2026-02-28T12:00:00.5Z"),
                t("2024-02-29T08:30:00.000001Z"),
                t("1969-12-31T23:59:59.100Z"),
                t("0999-12-31T23:59:59Z"),
                t("+10000-01-01T00:00:00Z"),
                t("-0001-06-01T00:00:00Z")));
        for (int i = 0; i < 100_000; i++) {
            long second = random.nextLong(-5_000_000_000L, 10_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            samples.add(Instant.ofEpochSecond(second, nanos));
        }
        for (Instant s : samples) {
            assertEquals(s.toString(), IsoInstant.format(s));
        }
    }

    private static Instant t(String s) {
        return Instant.parse(s);
    }
}
