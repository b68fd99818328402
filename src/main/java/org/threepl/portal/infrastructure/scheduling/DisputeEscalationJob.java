package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.dispute.DisputeDeadlines;
import org.threepl.portal.application.dispute.DisputeEscalation;

/**
 * Reminds account managers of dispute deadlines three days ahead and escalates open disputes whose ladder level has run
 * out of time: every {@code portal.dispute.escalation.minutes} (60) minutes, on the server holding the lease, so that a
 * dispute goes up one level once, however many servers run.
 */
@ApplicationScoped
public class DisputeEscalationJob implements DisputeEscalation {

    static final String JOB = "dispute-escalation";
    private static final Logger LOG = Logger.getLogger(DisputeEscalationJob.class.getName());

    @Inject
    DisputeDeadlines disputes;

    @Inject
    LeasedScheduler scheduler;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.dispute.escalation.minutes", defaultValue = "60")
    int intervalMinutes;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.every(
                JOB,
                Duration.ofMinutes(intervalMinutes),
                Duration.ofSeconds(2),
                run -> escalate(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .watermark());
    }

    /**
     * One run as of {@code day} (the scheduler: today; the 3PL may ask for another day, e.g. to catch up), under the
     * same lease: the number escalated, or -1 if another run holds the lease. Each step commits before the lease is
     * given up, so the next holder sees what this run did.
     */
    @Override
    public int run(LocalDate day) {
        return scheduler.runNow(JOB, run -> escalate(day)).orElse(-1);
    }

    private JobRun.Done<Integer> escalate(LocalDate day) {
        Instant started = clock.instant();
        int reminded = disputes.remindOfDeadlines(day);
        int n = disputes.escalateOverdue(day);
        if (reminded > 0) {
            LOG.info(() -> reminded + " dispute deadline reminder(s) sent");
        }
        if (n > 0) {
            LOG.info(() -> n + " overdue dispute(s) escalated");
        }
        return JobRun.done(n, started);
    }
}
