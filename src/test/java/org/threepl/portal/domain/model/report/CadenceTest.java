package org.threepl.portal.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

class CadenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    @Test
    void weeklyRunsOnTheNextWeekdayInTheZone() {
        Cadence monday = Cadence.weekly(DayOfWeek.MONDAY, SEVEN, SHANGHAI);
        // Thursday 3 Dec 2026, 10:00 UTC: the next Monday is 7 Dec, 07:00 in Shanghai = 6 Dec 23:00 UTC
        assertEquals(Instant.parse("2026-12-06T23:00:00Z"), monday.nextAfter(Instant.parse("2026-12-03T10:00:00Z")));
    }

    @Test
    void weeklyRunsTheSameDayWhenItsTimeIsStillAhead() {
        Cadence thursday = Cadence.weekly(DayOfWeek.THURSDAY, LocalTime.of(18, 30), BERLIN);
        assertEquals(Instant.parse("2026-12-03T17:30:00Z"), thursday.nextAfter(Instant.parse("2026-12-03T10:00:00Z")));
    }

    @Test
    void aRunIsNeverRepeatedAtTheSameInstant() {
        Cadence thursday = Cadence.weekly(DayOfWeek.THURSDAY, LocalTime.of(18, 30), BERLIN);
        Instant run = Instant.parse("2026-12-03T17:30:00Z");
        assertEquals(Instant.parse("2026-12-10T17:30:00Z"), thursday.nextAfter(run));
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShorterMonths() {
        Cadence last = Cadence.monthly(31, SEVEN, ZoneId.of("UTC"));
        Instant after = Instant.parse("2026-02-01T00:00:00Z");
        assertEquals(Instant.parse("2026-02-28T07:00:00Z"), last.nextAfter(after));
        assertEquals(Instant.parse("2026-03-31T07:00:00Z"), last.nextAfter(Instant.parse("2026-02-28T07:00:00Z")));
        assertEquals(Instant.parse("2026-04-30T07:00:00Z"), last.nextAfter(Instant.parse("2026-03-31T07:00:00Z")));
    }

    @Test
    void monthlyOnThe29thInALeapYearFebruary() {
        Cadence day29 = Cadence.monthly(29, SEVEN, ZoneId.of("UTC"));
        assertEquals(Instant.parse("2028-02-29T07:00:00Z"), day29.nextAfter(Instant.parse("2028-02-10T00:00:00Z")));
        assertEquals(Instant.parse("2027-02-28T07:00:00Z"), day29.nextAfter(Instant.parse("2027-02-10T00:00:00Z")));
        assertEquals(Instant.parse("2027-03-29T07:00:00Z"), day29.nextAfter(Instant.parse("2027-02-28T07:00:00Z")));
    }

    @Test
    void monthlyPastThisMonthsDayGoesToNextMonth() {
        Cadence tenth = Cadence.monthly(10, SEVEN, ZoneId.of("UTC"));
        assertEquals(Instant.parse("2027-01-10T07:00:00Z"), tenth.nextAfter(Instant.parse("2026-12-15T00:00:00Z")));
    }

    @Test
    void keepsTheWallClockTimeAcrossTheChangeToSummerTime() {
        Cadence sunday = Cadence.weekly(DayOfWeek.SUNDAY, SEVEN, BERLIN);
        // 22 March 2026 07:00 CET (+01:00), then 29 March 07:00 CEST (+02:00)
        Instant winter = sunday.nextAfter(Instant.parse("2026-03-20T00:00:00Z"));
        assertEquals(Instant.parse("2026-03-22T06:00:00Z"), winter);
        assertEquals(Instant.parse("2026-03-29T05:00:00Z"), sunday.nextAfter(winter));
    }

    @Test
    void aTimeSkippedBySummerTimeRunsAsLateAsTheGap() {
        Cadence sunday = Cadence.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30), BERLIN);
        // 02:30 does not exist on 29 March 2026 in Berlin: 03:30 CEST, 01:30 UTC
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), sunday.nextAfter(Instant.parse("2026-03-28T00:00:00Z")));
    }

    @Test
    void aTimeRepeatedByTheChangeBackRunsOnce() {
        Cadence sunday = Cadence.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30), BERLIN);
        // 02:30 occurs twice on 25 October 2026: the first, CEST, 00:30 UTC; then the next Sunday
        Instant first = sunday.nextAfter(Instant.parse("2026-10-24T00:00:00Z"));
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), first);
        assertEquals(Instant.parse("2026-11-01T01:30:00Z"), sunday.nextAfter(first));
        assertEquals(Instant.parse("2026-11-01T01:30:00Z"), sunday.nextAfter(Instant.parse("2026-10-25T01:00:00Z")));
    }

    @Test
    void refusesDaysOfTheMonthOutsideOneTo31NamingTheField() {
        assertEquals(
                "dayOfMonth",
                assertThrows(DomainRuleViolation.class, () -> Cadence.monthly(0, SEVEN, BERLIN))
                        .field());
        assertEquals(
                "dayOfMonth",
                assertThrows(DomainRuleViolation.class, () -> Cadence.monthly(32, SEVEN, BERLIN))
                        .field());
    }

    @Test
    void refusesMissingPartsNamingTheField() {
        assertEquals(
                "dayOfWeek",
                assertThrows(DomainRuleViolation.class, () -> Cadence.weekly(null, SEVEN, BERLIN))
                        .field());
        assertEquals(
                "timeOfDay",
                assertThrows(DomainRuleViolation.class, () -> Cadence.weekly(DayOfWeek.MONDAY, null, BERLIN))
                        .field());
        assertEquals(
                "timeZone",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> Cadence.of(Cadence.Frequency.WEEKLY, DayOfWeek.MONDAY, null, SEVEN, "Mars/Base"))
                        .field());
        assertEquals(
                "dayOfMonth",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> Cadence.of(Cadence.Frequency.MONTHLY, null, null, SEVEN, "UTC"))
                        .field());
        assertEquals(
                "frequency",
                assertThrows(DomainRuleViolation.class, () -> Cadence.of(null, null, 1, SEVEN, "UTC"))
                        .field());
    }

    @Test
    void ofTakesTheDayItsFrequencyNeeds() {
        assertEquals(
                Cadence.monthly(5, SEVEN, BERLIN),
                Cadence.of(Cadence.Frequency.MONTHLY, DayOfWeek.MONDAY, 5, SEVEN, "Europe/Berlin"));
        assertEquals(
                Cadence.weekly(DayOfWeek.MONDAY, SEVEN, BERLIN),
                Cadence.of(Cadence.Frequency.WEEKLY, DayOfWeek.MONDAY, 5, SEVEN, "Europe/Berlin"));
    }
}
