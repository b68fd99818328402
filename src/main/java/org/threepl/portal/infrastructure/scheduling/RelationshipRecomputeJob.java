package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.relationship.RelationshipComputation;
import org.threepl.portal.application.relationship.RelationshipRecompute;

/**
 * Recomputes every client's relationship figures (switching-cost profile, value and segment, lifetime value,
 * satisfaction, lifecycle, recommended tier) and raises the account managers' tasks: every
 * {@code portal.relationship.recompute.minutes} (60) minutes, first two minutes after the start (when the KPI roll-ups
 * it reads are current), on the server holding the lease. Requests to recompute on demand go through the same lease, so
 * two runs never overlap, on one server or several.
 */
@ApplicationScoped
public class RelationshipRecomputeJob implements RelationshipRecompute {

    static final String JOB = "relationship-recompute";
    private static final Logger LOG = Logger.getLogger(RelationshipRecomputeJob.class.getName());
    private static final Duration FIRST_RUN = Duration.ofMinutes(2);

    @Inject
    RelationshipComputation computation;

    @Inject
    LeasedScheduler scheduler;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.relationship.recompute.minutes", defaultValue = "60")
    int intervalMinutes;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.every(
                JOB,
                Duration.ofMinutes(intervalMinutes),
                FIRST_RUN,
                run -> recompute(null).watermark());
    }

    /** One run (every client, or one), if this server gets the lease; empty if another run holds it. */
    @Override
    public Optional<RelationshipComputation.Result> run(Long onlyOrganisation) {
        return scheduler.runNow(JOB, run -> recompute(onlyOrganisation));
    }

    private JobRun.Done<RelationshipComputation.Result> recompute(Long onlyOrganisation) {
        Instant started = clock.instant();
        RelationshipComputation.Result r = computation.runToday(onlyOrganisation);
        LOG.fine(() -> "Relationship figures: " + r.snapshots() + " of " + r.clients() + " clients, " + r.tasks()
                + " task(s), " + r.activityDays() + " activity day(s) aggregated");
        return JobRun.done(r, started);
    }
}
