package org.threepl.portal.infrastructure.scheduling;

import org.threepl.portal.application.dispute.DisputeEscalation;
import jakarta.annotation.Resource;
import org.threepl.portal.application.dispute.DisputeEscalation;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.threepl.portal.application.dispute.DisputeEscalation;
import jakarta.enterprise.context.ApplicationScoped;
import org.threepl.portal.application.dispute.DisputeEscalation;
import jakarta.enterprise.context.Initialized;
import org.threepl.portal.application.dispute.DisputeEscalation;
import jakarta.enterprise.event.Observes;
import org.threepl.portal.application.dispute.DisputeEscalation;
import jakarta.inject.Inject;
import org.threepl.portal.application.dispute.DisputeEscalation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.dispute.DisputeEscalation;
import org.threepl.portal.application.dispute.DisputeDeadlines;

import org.threepl.portal.application.dispute.DisputeEscalation;
import java.lang.management.ManagementFactory;
import org.threepl.portal.application.dispute.DisputeEscalation;
import java.time.Clock;
import org.threepl.portal.application.dispute.DisputeEscalation;
import java.time.Duration;
import org.threepl.portal.application.dispute.DisputeEscalation;
import java.time.Instant;
import org.threepl.portal.application.dispute.DisputeEscalation;
import java.time.LocalDate;
import org.threepl.portal.application.dispute.DisputeEscalation;
import java.time.ZoneOffset;
import org.threepl.portal.application.dispute.DisputeEscalation;
import java.util.UUID;
import org.threepl.portal.application.dispute.DisputeEscalation;
import java.util.concurrent.TimeUnit;
import org.threepl.portal.application.dispute.DisputeEscalation;
import java.util.logging.Level;
import org.threepl.portal.application.dispute.DisputeEscalation;
import java.util.logging.Logger;

/**
 * Reminds account managers of dispute deadlines three days ahead and escalates open disputes whose
 * ladder level has run out of time: every
 * {@code portal.dispute.escalation.minutes} (60) minutes, on the server holding the lease, so that a
 * dispute goes up one level once, however many servers run.
 */
@ApplicationScoped
public class DisputeEscalationJob implements DisputeEscalation {

    static final String JOB = "dispute-escalation";
    private static final Logger LOG = Logger.getLogger(DisputeEscalationJob.class.getName());

    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @Inject
    DisputeDeadlines disputes;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.dispute.escalation.minutes", defaultValue = "60")
    int intervalMinutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (intervalMinutes > 0) {
            scheduler.scheduleWithFixedDelay(this::runSafely, 2, intervalMinutes * 60L, TimeUnit.SECONDS);
        }
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escalating overdue disputes failed; the next run tries again", e);
        }
    }

    /** One run for today, if this server gets the lease; the number escalated, or -1 if another server holds the lease. */
    public int run() {
        return run(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * One run as of {@code day} (the scheduler: today; the 3PL may ask for another day, e.g. to catch up),
     * under the same lease: the number escalated, or -1 if another server holds the lease. Each step commits
     * before the lease is given up, so the next holder sees what this run did.
     */
    public int run(LocalDate day) {
        Instant now = clock.instant();
        if (!leases.acquire(JOB, holder, now, Duration.ofMinutes(30))) {
            return -1;
        }
        try {
            int reminded = disputes.remindOfDeadlines(day);
            int n = disputes.escalateOverdue(day);
            if (reminded > 0) {
                LOG.info(() -> reminded + " dispute deadline reminder(s) sent");
            }
            if (n > 0) {
                LOG.info(() -> n + " overdue dispute(s) escalated");
            }
            return n;
        } finally {
            leases.release(JOB, holder, now, clock.instant());
        }
    }
}
