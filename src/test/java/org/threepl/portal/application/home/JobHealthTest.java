package org.threepl.portal.application.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the operations home reads a job's lease: never run, running now, ran recently, or quiet for over a day. */
class JobHealthTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private static HomeService.JobView health(Instant leasedUntil) {
        return HomeService.health(new HomeCounts.JobState("kpi-rollup", leasedUntil, null), NOW);
    }

    @Test
    void theSeededLeaseMeansNeverRun() {
        HomeService.JobView v = health(Instant.parse("2000-01-01T00:00:00Z"));
        assertEquals(HomeService.JobHealth.NEVER_RUN, v.health());
        assertNull(v.lastFinished());
    }

    @Test
    void aLeaseInTheFutureIsARunInProgress() {
        assertEquals(
                HomeService.JobHealth.RUNNING,
                health(NOW.plus(Duration.ofMinutes(5))).health());
    }

    @Test
    void aReleasedLeaseIsWhenTheLastRunFinished() {
        Instant finished = NOW.minus(Duration.ofHours(2));
        HomeService.JobView v = health(finished);
        assertEquals(HomeService.JobHealth.RECENT, v.health());
        assertEquals(finished, v.lastFinished());
    }

    @Test
    void noRunForMoreThanADayNeedsALook() {
        assertEquals(
                HomeService.JobHealth.QUIET,
                health(NOW.minus(HomeService.JOB_QUIET).minusSeconds(1)).health());
        assertEquals(
                HomeService.JobHealth.RECENT,
                health(NOW.minus(HomeService.JOB_QUIET)).health());
    }
}
