package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.Actor;

class ImportJobTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private static ImportJob job() {
        return new ImportJob(ImportJob.Kind.SHIPMENTS, "shipments.csv", 1000, Actor.user(1, "ops.admin"), T0);
    }

    @Test
    void goesFromQueuedThroughRunningToDoneWithItsCounts() {
        ImportJob job = job();
        assertEquals(ImportJob.Status.QUEUED, job.status());
        job.start(T0.plusSeconds(1));
        job.progress(250, 10, 8, 1, 1, T0.plusSeconds(2));
        assertEquals(25, job.percent());
        assertEquals(8, job.created());
        job.finish(
                40,
                30,
                5,
                5,
                List.of(new ImportJob.LineProblem(3, "origin", "origin", "An origin is required")),
                false,
                "copy",
                T0.plusSeconds(3));
        assertEquals(ImportJob.Status.DONE, job.status());
        assertEquals(100, job.percent());
        assertEquals(1, job.problems().size());
        assertTrue(job.isFinished());
    }

    @Test
    void progressNeverGoesBackwardsNorBeyondTheFile() {
        ImportJob job = job();
        job.start(T0);
        job.progress(600, 1, 0, 0, 0, T0);
        job.progress(500, 2, 0, 0, 0, T0);
        assertEquals(60, job.percent());
        job.progress(5000, 3, 0, 0, 0, T0);
        assertEquals(100, job.percent());
    }

    @Test
    void illegalTransitionsAreRefused() {
        ImportJob queued = job();
        assertThrows(IllegalStateException.class, () -> queued.progress(1, 1, 0, 0, 0, T0), "progress before start");
        assertThrows(
                IllegalStateException.class,
                () -> queued.finish(1, 1, 0, 0, List.of(), false, "copy", T0),
                "finish before start");

        ImportJob done = job();
        done.start(T0);
        done.finish(1, 1, 0, 0, List.of(), false, "copy", T0);
        assertThrows(IllegalStateException.class, () -> done.start(T0), "start again");
        assertThrows(IllegalStateException.class, () -> done.fail("late", T0), "fail after done");
        assertThrows(IllegalStateException.class, () -> done.progress(1, 1, 0, 0, 0, T0));

        ImportJob failed = job();
        failed.fail("no header", T0);
        assertEquals(ImportJob.Status.FAILED, failed.status());
        assertThrows(IllegalStateException.class, () -> failed.start(T0));
        assertThrows(IllegalStateException.class, () -> failed.fail("again", T0));
    }

    @Test
    void aRunningJobWithoutNewsIsInterrupted() {
        ImportJob job = job();
        job.start(T0);
        assertFalse(job.isInterrupted(T0.plus(ImportJob.STALL_AFTER)));
        assertTrue(job.isInterrupted(T0.plus(ImportJob.STALL_AFTER).plusSeconds(1)));
    }

    @Test
    void anEmptyOrNamelessFileIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ImportJob(ImportJob.Kind.EVENTS, "e.csv", 0, Actor.user(1, "ops"), T0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ImportJob(ImportJob.Kind.EVENTS, " ", 10, Actor.user(1, "ops"), T0));
    }

    @Test
    void longMessagesAreCutToTheirColumns() {
        ImportJob.LineProblem p = new ImportJob.LineProblem(1, "f", "c", "x".repeat(900));
        assertEquals(500, p.message().length());
    }

    @Test
    void aLinesRuleIsKeptWithItsValuesUnlessTheyAreTooLongToKeepThenItsEnglishIsShown() {
        ImportJob.LineProblem kept = new ImportJob.LineProblem(
                4, "transportMode", "transport_mode", "Unknown …", "rule.enum.unknown", List.of("a", "b", "c"));
        assertEquals("rule.enum.unknown", kept.rule());
        assertEquals(List.of("a", "b", "c"), kept.args());
        ImportJob.LineProblem tooLong = new ImportJob.LineProblem(
                4, "origin", "origin", "An origin …", "rule.x", List.of("y".repeat(600), "z".repeat(600)));
        assertEquals(null, tooLong.rule(), "values over 1,000 characters are not kept: the English is shown");
        assertEquals(List.of(), tooLong.args());
        ImportJob.LineProblem noRule = new ImportJob.LineProblem(5, "line", null, "A quoted cell is not closed");
        assertEquals(null, noRule.rule());
        assertEquals(List.of(), noRule.args());
    }

    @Test
    void anEndedImportSaysWhetherEveryLineWasStoredSomeOrNone() {
        assertEquals(ImportJob.Outcome.FINISHED, ImportJob.Outcome.of(10, 0));
        assertEquals(ImportJob.Outcome.FINISHED, ImportJob.Outcome.of(0, 0), "a file without lines refused nothing");
        assertEquals(ImportJob.Outcome.FINISHED_WITH_ERRORS, ImportJob.Outcome.of(9, 1));
        assertEquals(ImportJob.Outcome.FAILED, ImportJob.Outcome.of(0, 3), "every line rejected");

        ImportJob job = job();
        assertEquals(null, job.outcome(), "queued: no outcome yet");
        job.start(T0);
        assertEquals(null, job.outcome(), "running: no outcome yet");
        job.finish(3, 0, 0, 3, List.of(), false, "copy", T0.plusSeconds(1));
        assertEquals(ImportJob.Status.DONE, job.status());
        assertEquals(ImportJob.Outcome.FAILED, job.outcome(), "done, but nothing stored");

        ImportJob some = job();
        some.start(T0);
        some.finish(3, 1, 1, 1, List.of(), false, "copy", T0.plusSeconds(1));
        assertEquals(ImportJob.Outcome.FINISHED_WITH_ERRORS, some.outcome());

        ImportJob refused = job();
        refused.fail("The header lacks the columns [origin]", T0);
        assertEquals(ImportJob.Outcome.FAILED, refused.outcome());
    }

    @Test
    void keepsTheHeaderAndTheRejectedLinesAsWrittenLeavingOutWhatIsTooLong() {
        ImportJob job = job();
        job.start(T0);
        assertThrows(IllegalStateException.class, () -> job.keepRejectedLines("a,b", java.util.Map.of()));
        job.finish(3, 1, 0, 2, List.of(), false, "copy", T0.plusSeconds(1));
        job.keepRejectedLines("a,b", java.util.Map.of(2L, "x,y", 3L, "z".repeat(ImportJob.MAX_KEPT_LINE + 1)));
        assertEquals("a,b", job.headerLine());
        assertEquals(java.util.Map.of(2L, "x,y"), job.rejectedLines());
    }
}
