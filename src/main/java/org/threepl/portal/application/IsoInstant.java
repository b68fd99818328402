package org.threepl.portal.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#toString()} (ISO-8601 in UTC, the fraction in groups of three digits as needed) without the
 * general-purpose {@code DateTimeFormatter}, which took more than half the time of writing a history page's JSON and a
 * good part of streaming import rows to the database. Same text, byte for byte ({@code IsoInstantTest} compares the two
 * on 100,000 instants).
 */
public final class IsoInstant {

    private IsoInstant() {}

    public static String format(Instant value) {
        return appendTo(new StringBuilder(30), value).toString();
    }

    /** Appends the text {@link #format} gives. */
    public static StringBuilder appendTo(StringBuilder b, Instant value) {
        long seconds = value.getEpochSecond();
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            return b.append(value);
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        int nanos = value.getNano();
        b.append(day.getYear()).append('-');
        two(b, day.getMonthValue()).append('-');
        two(b, day.getDayOfMonth()).append('T');
        two(b, secondOfDay / 3600).append(':');
        two(b, secondOfDay / 60 % 60).append(':');
        two(b, secondOfDay % 60);
        if (nanos > 0) {
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
            int fraction = digits == 3 ? nanos / 1_000_000 : digits == 6 ? nanos / 1_000 : nanos;
            b.append('.');
            for (int scale = digits == 3 ? 100 : digits == 6 ? 100_000 : 100_000_000;
                    scale > fraction && scale > 1;
                    scale /= 10) {
                b.append('0');
            }
            b.append(fraction);
        }
        return b.append('Z');
    }

    private static StringBuilder two(StringBuilder b, int n) {
        return b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
