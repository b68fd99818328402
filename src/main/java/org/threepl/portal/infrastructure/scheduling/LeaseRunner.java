package org.threepl.portal.infrastructure.scheduling;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a job's work under its lease, for one holder (a server): takes the lease (or returns empty if another run holds
 * it), hands the work the watermark, renews the lease every third of its length while the work goes on, and gives it up
 * afterwards with the new watermark. A run whose renewal failed learns so through its {@link JobRun}; its watermark is
 * not recorded, so the next run repeats its work. Plain Java: {@link LeasedScheduler} gives it the server's leases and
 * timers.
 */
public final class LeaseRunner {

    private static final Logger LOG = Logger.getLogger(LeaseRunner.class.getName());

    private final LeaseStore leases;
    private final String holder;
    private final Duration length;
    private final ScheduledExecutorService timers;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public LeaseRunner(LeaseStore leases, String holder, Duration length, ScheduledExecutorService timers) {
        if (length.toMillis() < 3) {
            throw new IllegalArgumentException("A lease must last at least 3 ms, not " + length);
        }
        this.leases = leases;
        this.holder = holder;
        this.length = length;
        this.timers = timers;
    }

    public String holder() {
        return holder;
    }

    /** The jobs whose lease this holder holds now. */
    public Set<String> held() {
        return Set.copyOf(held);
    }

    /** One run of {@code work} under the job's lease: its result, or empty if another run holds the lease. */
    public <R> Optional<R> run(String job, Function<JobRun, JobRun.Done<R>> work) {
        return runIfDue(job, Duration.ZERO, work);
    }

    /**
     * One scheduled run of {@code work}, as {@link #run}, unless the job's last run completed (here or on another
     * server) less than {@code notWithin} ago: then, as when another run holds the lease, empty.
     */
    public <R> Optional<R> runIfDue(String job, Duration notWithin, Function<JobRun, JobRun.Done<R>> work) {
        if (!leases.acquire(job, holder, length, notWithin)) {
            LOG.fine(() ->
                    "Job " + job + ": another run holds the lease, or the last one completed within " + notWithin);
            return Optional.empty();
        }
        held.add(job);
        long started = System.nanoTime();
        Heartbeat heartbeat = new Heartbeat(job);
        JobRun.Done<R> done = null;
        try {
            JobRun run = new JobRun(job, leases.watermark(job), heartbeat::held);
            heartbeat.start();
            done = work.apply(run);
            return Optional.of(Objects.requireNonNull(done.result(), "the result of a run"));
        } finally {
            heartbeat.stop();
            held.remove(job);
            boolean keep = done != null && heartbeat.held();
            if (done != null && !keep) {
                LOG.warning(() -> "Job " + job + " finished after losing its lease; its watermark is not recorded, the "
                        + "next run repeats its work");
            }
            try {
                if (keep) {
                    leases.complete(job, holder, done.watermark());
                } else {
                    leases.release(job, holder);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not give up the lease of job " + job + "; it runs out on its own", e);
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.fine(() -> "Job " + job + " ran for " + ms + " ms");
        }
    }

    /** Renews one run's lease every third of its length until the run ends or a renewal fails. */
    private final class Heartbeat implements Runnable {

        private final String job;
        private volatile boolean held = true;
        private boolean stopped;
        private ScheduledFuture<?> timer;

        Heartbeat(String job) {
            this.job = job;
        }

        boolean held() {
            return held;
        }

        synchronized void start() {
            long every = length.toMillis() / 3;
            timer = timers.scheduleWithFixedDelay(this, every, every, TimeUnit.MILLISECONDS);
        }

        /** Waits for a renewal under way, so that the lease is given up after it, never renewed after that. */
        synchronized void stop() {
            stopped = true;
            if (timer != null) {
                timer.cancel(false);
            }
        }

        @Override
        public synchronized void run() {
            if (stopped || !held) {
                return;
            }
            try {
                if (!leases.renew(job, holder, length)) {
                    lost(null);
                }
            } catch (RuntimeException e) {
                lost(e);
            }
        }

        private void lost(RuntimeException cause) {
            held = false;
            timer.cancel(false);
            LOG.log(
                    Level.WARNING,
                    "Job " + job + " lost its lease: it ran out before it could be renewed, or the renewal failed",
                    cause);
        }
    }
}
