package org.threepl.portal.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.threepl.portal.infrastructure.persistence.DatabaseKind;
import org.threepl.portal.infrastructure.telemetry.Spans;

/**
 * The one scheduler of the portal's jobs. Every server runs it; a job's work runs only under the job's lease in the
 * database, so two runs of a job never overlap, on one server or several. It owns the timers (the server's managed
 * scheduled executor), the leases (taken, renewed every third of {@code portal.scheduler.lease.seconds} while the work
 * goes on, and given up with the database's clock, see {@link LeaseRunner}), the watermarks, and the leases given up
 * when the application stops. Jobs register their work ({@link #every}); their "run now" ports run through
 * {@link #runNow}, under the same lease.
 */
@ApplicationScoped
public class LeasedScheduler {

    private static final Logger LOG = Logger.getLogger(LeasedScheduler.class.getName());

    /**
     * A job's work: given the run (with the watermark of the last completed run), it returns the new watermark (null
     * keeps it).
     */
    @FunctionalInterface
    public interface Work {
        Instant run(JobRun run);
    }

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "portal.scheduler.lease.seconds", defaultValue = "30")
    long leaseSeconds;

    @Inject
    DatabaseKind database;

    @Resource
    ManagedScheduledExecutorService timers;

    /** Each run's duration, per job ({@code portal_job_duration_seconds{job=…}} on /metrics). */
    @Inject
    MetricRegistry metrics;

    /** Each run's span ({@code job <name>}), the parent of the deliveries and mails it sends. */
    @Inject
    Spans spans;

    private LeaseRunner runner;
    private final java.util.Map<String, ScheduledFuture<?>> scheduled = new java.util.concurrent.ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        runner = new LeaseRunner(
                leases,
                ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID(),
                Duration.ofSeconds(leaseSeconds),
                timers);
    }

    /**
     * Runs {@code work} every {@code interval} (from the end of one run to the start of the next), first after
     * {@code firstDelay}, under the job's lease; a zero or negative interval schedules nothing. A run is skipped when
     * the job completed, on any server, within half the interval: the servers of a cluster then take turns rather than
     * each running every job every interval, and a restarted server does not repeat at once what was just done. A
     * failed run is logged, and the next one tries again.
     */
    public void every(String job, Duration interval, Duration firstDelay, Work work) {
        if (interval.isZero() || interval.isNegative()) {
            LOG.info(() -> "Job " + job + " is not scheduled (interval " + interval + ")");
            return;
        }
        scheduled.put(
                job,
                timers.scheduleWithFixedDelay(
                        () -> {
                            try {
                                runner.runIfDue(
                                        job,
                                        interval.dividedBy(2),
                                        run -> timed(job, () -> JobRun.done(Boolean.TRUE, work.run(run))));
                            } catch (RuntimeException e) {
                                LOG.log(Level.WARNING, "Job " + job + " failed; the next run tries again", e);
                            }
                        },
                        firstDelay.toMillis(),
                        interval.toMillis(),
                        TimeUnit.MILLISECONDS));
    }

    /** The jobs whose timer has ended: a periodic task ends only if cancelled or if a run threw past its catch. */
    public List<String> stoppedJobs() {
        return scheduled.entrySet().stream()
                .filter(e -> e.getValue().isDone())
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private <R> R timed(String job, java.util.function.Supplier<R> run) {
        long started = System.nanoTime();
        try {
            return spans.inSpan("job " + job, "portal.job", job, run);
        } finally {
            metrics.timer("portal.job.duration", new Tag("job", job))
                    .update(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** One run now, under the job's lease: the work's result, or empty if another run holds the lease. */
    public <R> Optional<R> runNow(String job, Function<JobRun, JobRun.Done<R>> work) {
        return runner.run(job, run -> timed(job, () -> work.apply(run)));
    }

    /**
     * A run cut short by the application stopping (an undeploy, a server shutdown) never reaches its release, and its
     * lease would keep every server from the job until it runs out: give such leases up here, through the server's data
     * source outside any transaction (the transactions may already be closing). The watermark stays where the last
     * completed run left it, so the next run repeats the interrupted work. The timers stop first: a run that a timer
     * started after the application stopped finds no application to run in.
     */
    @PreDestroy
    void stop() {
        scheduled.values().forEach(timer -> timer.cancel(false));
        if (runner == null || runner.held().isEmpty()) {
            return;
        }
        try {
            JdbcLeases direct = new JdbcLeases(database.dataSource());
            for (String job : runner.held()) {
                direct.release(job, runner.holder());
                LOG.info(() -> "Gave up the lease of job " + job + " as the application stops");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not give up the job leases as the application stops; they run out on their own",
                    e);
        }
    }
}
