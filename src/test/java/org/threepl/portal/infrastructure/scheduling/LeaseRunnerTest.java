package org.threepl.portal.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lease around a run, on a store in memory: renewals while it works, a lost lease, the watermark, the release. */
class LeaseRunnerTest {

    private static final Duration LEASE = Duration.ofMillis(300);

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    /** One lease row; renewals counted, and refused once {@code renewable} is false. */
    private static final class Row implements LeaseStore {
        String holder;
        boolean leased;
        Instant watermark;
        final AtomicInteger renewals = new AtomicInteger();
        final AtomicBoolean renewable = new AtomicBoolean(true);
        boolean released;
        int completions;
        long completedAtNanos;

        @Override
        public synchronized boolean acquire(String job, String h, Duration length, Duration notWithin) {
            if (leased || completions > 0 && System.nanoTime() - completedAtNanos < notWithin.toNanos()) {
                return false;
            }
            leased = true;
            holder = h;
            return true;
        }

        @Override
        public synchronized boolean renew(String job, String h, Duration length) {
            renewals.incrementAndGet();
            return renewable.get() && leased && h.equals(holder);
        }

        @Override
        public synchronized void release(String job, String h) {
            if (h.equals(holder)) {
                leased = false;
                released = true;
            }
        }

        @Override
        public synchronized void complete(String job, String h, Instant w) {
            if (h.equals(holder)) {
                release(job, h);
                completions++;
                completedAtNanos = System.nanoTime();
                if (w != null) {
                    watermark = w;
                }
            }
        }

        @Override
        public synchronized Optional<Instant> watermark(String job) {
            return Optional.ofNullable(watermark);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLongRunIsRenewedEveryThirdOfTheLeaseAndRecordsItsWatermark() {
        Row row = new Row();
        Instant w = Instant.parse("2026-12-01T00:00:00Z");
        Optional<Boolean> held = new LeaseRunner(row, "a", LEASE, timers).run("j", run -> {
            sleep(3 * LEASE.toMillis());
            return JobRun.done(run.leaseHeld(), w);
        });
        assertEquals(Optional.of(true), held);
        assertTrue(row.renewals.get() >= 6, "about 9 renewals in three lease lengths, got " + row.renewals.get());
        assertTrue(row.released);
        assertEquals(w, row.watermark);
        int after = row.renewals.get();
        sleep(2 * LEASE.toMillis());
        assertEquals(after, row.renewals.get(), "no renewal after the run");
    }

    @Test
    void aFailedRenewalEndsTheLeaseForTheRunAndItsWatermarkIsNotRecorded() {
        Row row = new Row();
        row.renewable.set(false);
        LeaseRunner runner = new LeaseRunner(row, "a", LEASE, timers);
        assertThrows(
                JobRun.LeaseLost.class,
                () -> runner.run("j", run -> {
                    sleep(2 * LEASE.toMillis() / 3);
                    run.requireLease();
                    return JobRun.done(true, Instant.now());
                }));
        assertNull(row.watermark);
        assertEquals(1, row.renewals.get(), "no renewal after the failed one");
        assertTrue(runner.held().isEmpty());
    }

    @Test
    void aHeldLeaseMeansNoRunAndAFailingWorkKeepsTheWatermark() {
        Row row = new Row();
        LeaseRunner a = new LeaseRunner(row, "a", LEASE, timers);
        LeaseRunner b = new LeaseRunner(row, "b", LEASE, timers);
        Instant w = Instant.parse("2026-12-01T00:00:00Z");
        a.run("j", run -> {
            assertEquals(java.util.Set.of("j"), a.held());
            assertEquals(Optional.empty(), b.run("j", r -> JobRun.done(true, null)));
            return JobRun.done(true, w);
        });
        assertThrows(
                IllegalStateException.class,
                () -> b.run("j", run -> {
                    throw new IllegalStateException("failed");
                }));
        assertFalse(row.leased, "given up after the failure");
        assertEquals(w, row.watermark);
        assertEquals(
                Optional.of(w), b.run("j", run -> JobRun.done(run.watermark().orElseThrow(), null)));
    }

    @Test
    void aCompletedRunIsRecordedAsCompletedAndAFailedOrCutShortOneIsNot() {
        Row row = new Row();
        LeaseRunner runner = new LeaseRunner(row, "a", LEASE, timers);
        runner.run("j", run -> JobRun.done(true, null));
        assertEquals(1, row.completions);
        assertThrows(
                IllegalStateException.class,
                () -> runner.run("j", run -> {
                    throw new IllegalStateException("failed");
                }));
        row.renewable.set(false);
        runner.run("j", run -> {
            sleep(2 * LEASE.toMillis() / 3); // the renewal fails meanwhile
            return JobRun.done(true, Instant.now());
        });
        assertEquals(1, row.completions, "neither the failed run nor the one that lost its lease");
        assertTrue(row.released);
    }

    @Test
    void aScheduledRunIsSkippedWhileTheLastCompletedOneIsRecentButARunNowIsNot() {
        Row row = new Row();
        LeaseRunner a = new LeaseRunner(row, "a", LEASE, timers);
        LeaseRunner b = new LeaseRunner(row, "b", LEASE, timers);
        assertEquals(Optional.of(1), a.runIfDue("j", Duration.ofHours(1), run -> JobRun.done(1, null)), "never run");
        assertEquals(Optional.empty(), b.runIfDue("j", Duration.ofHours(1), run -> {
            throw new AssertionError("not due: completed a moment ago");
        }));
        assertEquals(Optional.of(2), b.run("j", run -> JobRun.done(2, null)), "run now");
        sleep(50);
        assertEquals(Optional.of(3), b.runIfDue("j", Duration.ofMillis(50), run -> JobRun.done(3, null)));
    }
}
