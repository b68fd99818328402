package org.threepl.portal.domain.model.dispute;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Due dates counted in calendar days or in business days (Monday to Friday; public holidays are not known to the portal
 * and count as business days).
 */
public final class Deadlines {

    private Deadlines() {}

    /** The day {@code days} days after {@code from}; in business days, weekends are skipped. */
    public static LocalDate after(LocalDate from, int days, boolean businessDays) {
        if (days < 0) {
            throw new IllegalArgumentException("A time limit is not negative");
        }
        if (!businessDays) {
            return from.plusDays(days);
        }
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
