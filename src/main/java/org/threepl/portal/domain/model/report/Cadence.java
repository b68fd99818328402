package org.threepl.portal.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * When a report is sent: weekly on a weekday or monthly on a day of the month (29, 30 and 31 fall on a shorter month's
 * last day), at a time of day in a time zone. A wall-clock time skipped by a change to summer time runs as late as the
 * gap (02:30 becomes 03:30); one repeated by the change back runs at its first occurrence only.
 */
@Embeddable
public class Cadence {

    /** How often. */
    public enum Frequency {
        WEEKLY,
        MONTHLY
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 16)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", length = 16)
    private DayOfWeek dayOfWeek;

    @Column(name = "day_of_month")
    private Integer dayOfMonth;

    @Column(name = "time_of_day", nullable = false)
    private LocalTime timeOfDay;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    protected Cadence() {
        // for JPA
    }

    private Cadence(Frequency frequency, DayOfWeek dayOfWeek, Integer dayOfMonth, LocalTime at, ZoneId zone) {
        this.frequency = frequency;
        this.dayOfWeek = dayOfWeek;
        this.dayOfMonth = dayOfMonth;
        this.timeOfDay = required(at, "timeOfDay", "rule.cadence.timeOfDay.required", "Choose a time of day")
                .withSecond(0)
                .withNano(0);
        this.timeZone = required(zone, "timeZone", "rule.cadence.timeZone.required", "Choose a time zone")
                .getId();
    }

    /** Every week on {@code day} at {@code at} in {@code zone}. */
    public static Cadence weekly(DayOfWeek day, LocalTime at, ZoneId zone) {
        return new Cadence(
                Frequency.WEEKLY,
                required(day, "dayOfWeek", "rule.cadence.dayOfWeek.required", "Choose a weekday"),
                null,
                at,
                zone);
    }

    /** Every month on {@code day} (1 to 31; past a month's end, its last day) at {@code at} in {@code zone}. */
    public static Cadence monthly(int day, LocalTime at, ZoneId zone) {
        if (day < 1 || day > 31) {
            throw new DomainRuleViolation(
                    "dayOfMonth", "rule.cadence.dayOfMonth.range", "A day of the month is 1 to 31, not {0}", day);
        }
        return new Cadence(Frequency.MONTHLY, null, day, at, zone);
    }

    /** A cadence as a form states it: the day that its frequency needs, the other ignored. */
    public static Cadence of(Frequency frequency, DayOfWeek weekday, Integer dayOfMonth, LocalTime at, String zone) {
        ZoneId z = zone(zone);
        return switch (required(
                frequency, "frequency", "rule.cadence.frequency.required", "Choose weekly or monthly")) {
            case WEEKLY -> weekly(weekday, at, z);
            case MONTHLY ->
                monthly(
                        required(
                                dayOfMonth,
                                "dayOfMonth",
                                "rule.cadence.dayOfMonth.required",
                                "Choose a day of the month"),
                        at,
                        z);
        };
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(required(id, "timeZone", "rule.cadence.timeZone.required", "Choose a time zone")
                    .strip());
        } catch (DateTimeException e) {
            throw new DomainRuleViolation("timeZone", "rule.cadence.timeZone.unknown", "Not a time zone: {0}", id);
        }
    }

    private static <T> T required(T value, String field, String key, String english) {
        if (value == null) {
            throw new DomainRuleViolation(field, key, english);
        }
        return value;
    }

    /** The first run strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        ZoneId zone = zone();
        LocalDate from = after.atZone(zone).toLocalDate();
        LocalDate day = frequency == Frequency.WEEKLY
                ? from.with(TemporalAdjusters.nextOrSame(dayOfWeek))
                : dayIn(YearMonth.from(from));
        if (day.isBefore(from)) {
            day = dayIn(YearMonth.from(from).plusMonths(1));
        }
        Instant run = at(day, zone);
        if (run.isAfter(after)) {
            return run;
        }
        LocalDate later = frequency == Frequency.WEEKLY
                ? day.plusWeeks(1)
                : dayIn(YearMonth.from(day).plusMonths(1));
        return at(later, zone);
    }

    private LocalDate dayIn(YearMonth month) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }

    private Instant at(LocalDate day, ZoneId zone) {
        // ZonedDateTime.of moves a time in a gap forward by the gap and takes the earlier offset in an overlap
        return ZonedDateTime.of(day, timeOfDay, zone).toInstant();
    }

    public Frequency frequency() {
        return frequency;
    }

    /** The weekday of a weekly cadence; null for a monthly one. */
    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    /** The day of a monthly cadence; null for a weekly one. */
    public Integer dayOfMonth() {
        return dayOfMonth;
    }

    public LocalTime timeOfDay() {
        return timeOfDay;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cadence c
                && frequency == c.frequency
                && dayOfWeek == c.dayOfWeek
                && Objects.equals(dayOfMonth, c.dayOfMonth)
                && timeOfDay.equals(c.timeOfDay)
                && timeZone.equals(c.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequency, dayOfWeek, dayOfMonth, timeOfDay, timeZone);
    }

    @Override
    public String toString() {
        return (frequency == Frequency.WEEKLY ? "weekly on " + dayOfWeek : "monthly on day " + dayOfMonth) + " at "
                + timeOfDay + " " + timeZone;
    }
}
