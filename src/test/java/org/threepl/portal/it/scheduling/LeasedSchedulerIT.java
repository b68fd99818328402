package org.threepl.portal.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.infrastructure.scheduling.JdbcLeases;
import org.threepl.portal.infrastructure.scheduling.JobRun;
import org.threepl.portal.infrastructure.scheduling.LeaseRunner;
import org.threepl.portal.it.support.EmbeddedPostgresSession;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * The leases of the scheduled jobs ({@code LeasedScheduler}'s {@link LeaseRunner} over {@link JdbcLeases}) on the test
 * PostgreSQL: this JVM plays further servers beside the deployed one, each a holder with short leases, on a lease row
 * of each test's own (or, last, the deployed server's housekeeping job).
 */
@ExtendWith(ArquillianExtension.class)
class LeasedSchedulerIT {

    private static final Duration LEASE = Duration.ofMillis(1500);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ScheduledExecutorService timers;
    private String job;

    @BeforeEach
    void ownLeaseRow() {
        timers = Executors.newScheduledThreadPool(2);
        job = "it-" + UUID.randomUUID();
        Fixtures.update(
                "insert into job_lease (name, holder, leased_until, watermark) values (?, null, timestamp "
                        + "'2000-01-01 00:00:00', null)",
                job);
    }

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    private LeaseRunner server(String name) {
        return new LeaseRunner(
                new JdbcLeases(EmbeddedPostgresSession.dataSource()), name + "/" + UUID.randomUUID(), LEASE, timers);
    }

    private double secondsLeft(String job) {
        return ((Number) Fixtures.single(
                                "select extract(epoch from leased_until - now()) as s from job_lease where name = ?",
                                job)
                        .get("s"))
                .doubleValue();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoHoldersNeverHoldOneLeaseAtOnce() throws Exception {
        LeaseRunner a = server("a");
        LeaseRunner b = server("b");
        Optional<String> ranA = a.run(job, run -> {
            assertEquals(
                    Optional.empty(), b.run(job, r -> JobRun.done("b", null)), "b cannot run while a holds the lease");
            assertEquals(
                    Optional.empty(), a.run(job, r -> JobRun.done("a again", null)), "nor a second run of a's own");
            return JobRun.done("a", null);
        });
        assertEquals(Optional.of("a"), ranA);
        assertEquals(Optional.of("b"), b.run(job, r -> JobRun.done("b", null)), "given up at the end of a's run");

        // ten servers asking at the same moment: one runs
        List<LeaseRunner> servers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            servers.add(server("s" + i));
        }
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(servers.size());
        try {
            List<Future<Optional<Integer>>> answers = new ArrayList<>();
            for (LeaseRunner s : servers) {
                answers.add(pool.submit((Callable<Optional<Integer>>) () -> {
                    go.await();
                    return s.run(job, run -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep(1000); // long enough that no server asking at the same moment comes after the end
                        running.decrementAndGet();
                        return JobRun.done(1, null);
                    });
                }));
            }
            go.countDown();
            int ran = 0;
            for (Future<Optional<Integer>> f : answers) {
                ran += f.get().orElse(0);
            }
            assertEquals(1, ran, "exactly one of ten servers asking at once ran");
            assertEquals(1, most.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLongRunKeepsItsLeaseBeyondItsLengthAndNobodyElseRunsMeanwhile() {
        LeaseRunner a = server("a");
        LeaseRunner b = server("b");
        List<Double> leftDuringRun = new ArrayList<>();
        Optional<Boolean> held = a.run(job, run -> {
            long end = System.nanoTime() + 3 * LEASE.toNanos(); // three lease lengths
            while (System.nanoTime() < end) {
                assertEquals(
                        Optional.empty(),
                        b.run(job, r -> JobRun.done(true, null)),
                        "b never gets the lease during a's run");
                leftDuringRun.add(secondsLeft(job));
                sleep(150);
            }
            return JobRun.done(run.leaseHeld(), null);
        });
        assertEquals(Optional.of(true), held, "a still held its lease at the end of its run");
        assertTrue(
                leftDuringRun.stream().allMatch(s -> s > 0),
                "the lease never ran out during the run: " + leftDuringRun);
        assertTrue(secondsLeft(job) <= 0, "given up at the end");
        assertTrue(b.run(job, r -> JobRun.done(true, null)).isPresent());
    }

    @Test
    void aRunWhoseRenewalFailsLearnsThatItLostTheLeaseAndRecordsNoWatermark() {
        LeaseRunner a = server("a");
        Instant before = Instant.parse("2026-01-01T00:00:00Z");
        a.run(job, run -> JobRun.done(true, before));

        // the lease ran out under the run (a pause longer than the lease): the next renewal fails, the run stops
        assertThrows(
                JobRun.LeaseLost.class,
                () -> a.run(job, run -> {
                    Fixtures.update(
                            "update job_lease set leased_until = now() - interval '1 second' where name = ?", job);
                    waitUntilLost(run);
                    run.requireLease();
                    return JobRun.done(true, Instant.now());
                }));
        assertEquals(
                Optional.of(before),
                a.run(job, run -> JobRun.done(run.watermark().orElseThrow(), null)),
                "the old watermark stays");

        // another server took the lease under the run: the run that ends anyway records nothing, and leaves the row
        // alone
        assertEquals(Optional.of(false), a.run(job, run -> {
            Fixtures.update(
                    "update job_lease set holder = 'thief', leased_until = now() + interval '1 minute' where name = ?",
                    job);
            waitUntilLost(run);
            return JobRun.done(run.leaseHeld(), Instant.now());
        }));
        assertEquals(
                "thief",
                Fixtures.single("select holder from job_lease where name = ?", job)
                        .get("holder"));
        assertTrue(secondsLeft(job) > 30, "the thief's lease runs on");
        assertEquals(before.toEpochMilli(), watermark(job).toEpochMilli(), "the old watermark stays");
    }

    private static void waitUntilLost(JobRun run) {
        long end = System.nanoTime() + 2 * LEASE.toNanos();
        while (run.leaseHeld() && System.nanoTime() < end) {
            sleep(50);
        }
        assertFalse(run.leaseHeld(), "the heartbeat found the lease lost");
    }

    private static Instant watermark(String job) {
        return ((java.sql.Timestamp) Fixtures.single("select watermark from job_lease where name = ?", job)
                        .get("watermark"))
                .toInstant();
    }

    @Test
    void expiryIsJudgedByTheDatabasesClock() {
        LeaseRunner a = server("a");
        Fixtures.update(
                "update job_lease set holder = 'other', leased_until = now() + interval '1 second' where name = ?",
                job);
        assertEquals(
                Optional.empty(),
                a.run(job, r -> JobRun.done(true, null)),
                "held for one more second of the database's time");
        sleep(1300);
        assertEquals(
                Optional.of(true),
                a.run(job, r -> {
                    double left = secondsLeft(job);
                    assertTrue(
                            left > 0 && left <= LEASE.toMillis() / 1000.0,
                            "taken until the database's now plus the lease: " + left + " s left");
                    return JobRun.done(true, null);
                }),
                "run out by the database's clock");
        assertTrue(secondsLeft(job) <= 0, "given up as of the database's now");
    }

    @Test
    void aScheduledRunIsNotDueWithinItsWindowAfterARunCompletedOnAnyServerByTheDatabasesClock() {
        LeaseRunner a = server("a");
        LeaseRunner b = server("b");
        Duration window = Duration.ofMillis(1500);
        assertThrows(
                IllegalStateException.class,
                () -> a.runIfDue(job, window, run -> {
                    throw new IllegalStateException("the work failed");
                }));
        assertNull(Fixtures.single("select completed_at from job_lease where name = ?", job)
                .get("completed_at"));
        assertEquals(Optional.of("b"), b.runIfDue(job, window, run -> JobRun.done("b", null)), "a failed run is none");
        assertEquals(
                Optional.empty(),
                a.runIfDue(job, window, run -> JobRun.done("a", null)),
                "another server completed it a moment ago");
        assertEquals(Optional.of("a"), a.run(job, run -> JobRun.done("a", null)), "a run now is always due");
        Fixtures.update("update job_lease set completed_at = now() - interval '1400 milliseconds' where name = ?", job);
        assertEquals(Optional.empty(), a.runIfDue(job, window, run -> JobRun.done("a", null)));
        Fixtures.update("update job_lease set completed_at = now() - interval '1600 milliseconds' where name = ?", job);
        assertEquals(Optional.of("a"), a.runIfDue(job, window, run -> JobRun.done("a", null)), "the window is over");
    }

    @Test
    void theWatermarkIsKeptFromRunToRun() {
        LeaseRunner a = server("a");
        LeaseRunner b = server("b");
        assertEquals(
                Optional.of(Optional.<Instant>empty()),
                a.run(job, run -> JobRun.done(run.watermark(), null)),
                "none before the first run");
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);
        a.run(job, run -> JobRun.done(true, first));
        assertEquals(
                Optional.of(first),
                b.run(job, run -> JobRun.done(run.watermark().orElseThrow(), null)),
                "another server reads it");
        assertEquals(
                Optional.of(first),
                a.run(job, run -> JobRun.done(run.watermark().orElseThrow(), null)),
                "a run returning none kept it");
        assertThrows(
                IllegalStateException.class,
                () -> a.run(job, run -> {
                    throw new IllegalStateException("the work failed");
                }));
        assertEquals(
                Optional.of(first),
                a.run(job, run -> JobRun.done(run.watermark().orElseThrow(), null)),
                "a failed run kept it");
        assertTrue(secondsLeft(job) <= 0, "a failed run gave its lease up");
        Instant second = first.plusSeconds(60);
        b.run(job, run -> JobRun.done(true, second));
        assertEquals(second, watermark(job), "recorded as the run returned it");
    }

    @Test
    void theDeployedServersRunNowWaitsForALeaseHeldHereAndRenewed() {
        LeaseRunner here = server("here");
        String key = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE).value();
        Optional<List<Boolean>> refused = Optional.empty();
        for (int attempt = 0;
                attempt < 100 && refused.isEmpty();
                attempt++) { // the server's own scheduled run may hold it a moment
            refused = here.run("housekeeping", run -> {
                List<Boolean> ran = new ArrayList<>();
                long end = System.nanoTime() + 2 * LEASE.toNanos();
                while (System.nanoTime() < end) {
                    ran.add(Http.json(Http.api("POST", "maintenance/housekeeping", key, ""))
                            .getBoolean("ran"));
                    sleep(200);
                }
                return JobRun.done(ran, null);
            });
            if (refused.isEmpty()) {
                sleep(100);
            }
        }
        assertTrue(refused.isPresent(), "this JVM got the housekeeping lease");
        assertFalse(refused.get().isEmpty());
        assertFalse(
                refused.get().contains(true),
                "the server never ran it during this JVM's renewed lease: " + refused.get());
        JsonObject ran = Http.postUntilRan("maintenance/housekeeping", key);
        assertTrue(ran.getBoolean("ran"), ran.toString());
    }
}
