package org.threepl.portal.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

class ReportScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Cadence MONDAYS = Cadence.weekly(DayOfWeek.MONDAY, LocalTime.of(7, 0), ZoneId.of("UTC"));
    private static final Instant NEXT_MONDAY = Instant.parse("2026-12-07T07:00:00Z");

    private static ReportSchedule shipments() {
        return new ReportSchedule(5L, "Weekly lanes", ReportKind.SHIPMENTS, 7L, "sort=pickup_desc", MONDAYS, NOW);
    }

    @Test
    void aNewScheduleIsActiveAndDueAtItsCadencesNextRun() {
        ReportSchedule s = shipments();
        assertEquals(ScheduleState.ACTIVE, s.state());
        assertEquals(NEXT_MONDAY, s.nextRunAt());
        assertFalse(s.isDue(NOW));
        assertTrue(s.isDue(NEXT_MONDAY));
        assertEquals(ReportFormat.XLSX, s.format());
        assertEquals(ReportDelivery.ATTACHMENT, s.delivery());
    }

    @Test
    void sentMovesToTheNextRun() {
        ReportSchedule s = shipments();
        s.sent(NEXT_MONDAY.plusSeconds(3));
        assertEquals(NEXT_MONDAY.plusSeconds(3), s.lastRunAt());
        assertEquals(Instant.parse("2026-12-14T07:00:00Z"), s.nextRunAt());
    }

    @Test
    void sendNowIsDueAtOnceAndTheCadenceGoesOn() {
        ReportSchedule s = shipments();
        s.sendNow(NOW);
        assertTrue(s.isDue(NOW));
        s.sent(NOW);
        assertEquals(NEXT_MONDAY, s.nextRunAt());
    }

    @Test
    void pausedIsNeverDueAndResumesFromTheNextRunAfterResuming() {
        ReportSchedule s = shipments();
        s.pause();
        assertEquals(PauseReason.BY_OWNER, s.pauseReason());
        assertFalse(s.isDue(NEXT_MONDAY.plusSeconds(86_400 * 30)));
        s.resume(Instant.parse("2026-12-20T10:00:00Z"));
        assertEquals(ScheduleState.ACTIVE, s.state());
        assertNull(s.pauseReason());
        assertEquals(Instant.parse("2026-12-21T07:00:00Z"), s.nextRunAt());
    }

    @Test
    void theJobPausesSayingWhy() {
        ReportSchedule s = shipments();
        s.pauseBecause(PauseReason.ACCESS_LOST, "x".repeat(900));
        assertEquals(PauseReason.ACCESS_LOST, s.pauseReason());
        assertEquals(ReportSchedule.MAX_DETAIL, s.pauseDetail().length());
    }

    @Test
    void illegalStepsAreRefusedOnState() {
        ReportSchedule s = shipments();
        assertEquals(
                "state",
                assertThrows(DomainRuleViolation.class, () -> s.resume(NOW)).field());
        s.pause();
        assertEquals("state", assertThrows(DomainRuleViolation.class, s::pause).field());
        assertEquals(
                "state",
                assertThrows(DomainRuleViolation.class, () -> s.sendNow(NOW)).field());
    }

    @Test
    void rescheduleTakesTheNewCadencesNextRun() {
        ReportSchedule s = shipments();
        s.reschedule(Cadence.monthly(31, LocalTime.of(6, 0), ZoneId.of("UTC")), NOW);
        assertEquals(Instant.parse("2026-12-31T06:00:00Z"), s.nextRunAt());
    }

    @Test
    void checksItsFieldsNamingThem() {
        assertEquals(
                "title",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new ReportSchedule(5L, " ", ReportKind.SHIPMENTS, null, null, MONDAYS, NOW))
                        .field());
        assertEquals(
                "organisation",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new ReportSchedule(5L, "SLA", ReportKind.SLA_PERIOD, null, null, MONDAYS, NOW))
                        .field());
        assertEquals(
                "kind",
                assertThrows(DomainRuleViolation.class, () -> new ReportSchedule(5L, "x", null, 1L, null, MONDAYS, NOW))
                        .field());
        ReportSchedule s = shipments();
        assertEquals(
                "format",
                assertThrows(DomainRuleViolation.class, () -> s.deliverAs(null, ReportLanguage.EN, ReportDelivery.LINK))
                        .field());
        assertEquals(
                "title",
                assertThrows(DomainRuleViolation.class, () -> s.retitle("t".repeat(101)))
                        .field());
    }

    @Test
    void languagesReadFromTagsAndLocales() {
        assertEquals(ReportLanguage.ZH_CN, ReportLanguage.of("zh_CN"));
        assertEquals(ReportLanguage.ZH_CN, ReportLanguage.of("zh-CN"));
        assertEquals(ReportLanguage.EN, ReportLanguage.of("en"));
        assertEquals(ReportLanguage.EN, ReportLanguage.of(null));
    }
}
