package org.threepl.portal.infrastructure.scheduling;

import org.threepl.portal.application.relationship.RelationshipRecompute;
import jakarta.annotation.Resource;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import jakarta.enterprise.context.ApplicationScoped;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import jakarta.enterprise.context.Initialized;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import jakarta.enterprise.event.Observes;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import jakarta.inject.Inject;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import org.threepl.portal.application.relationship.RelationshipComputation;

import org.threepl.portal.application.relationship.RelationshipRecompute;
import java.lang.management.ManagementFactory;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import java.time.Clock;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import java.time.Duration;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import java.time.Instant;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import java.util.Optional;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import java.util.UUID;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import java.util.concurrent.TimeUnit;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import java.util.logging.Level;
import org.threepl.portal.application.relationship.RelationshipRecompute;
import java.util.logging.Logger;

/**
 * Recomputes every client's relationship figures (switching-cost profile, value and segment, lifetime
 * value, satisfaction, lifecycle, recommended tier) and raises the account managers' tasks: every
 * {@code portal.relationship.recompute.minutes} (60) minutes, first two minutes after the start (when the
 * KPI roll-ups it reads are current), on the server holding the lease. Requests to recompute on demand go
 * through the same lease, so two runs never overlap, on one server or several.
 */
@ApplicationScoped
public class RelationshipRecomputeJob implements RelationshipRecompute {

    static final String JOB = "relationship-recompute";
    private static final Logger LOG = Logger.getLogger(RelationshipRecomputeJob.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final long FIRST_RUN_SECONDS = 120;

    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @Inject
    RelationshipComputation computation;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.relationship.recompute.minutes", defaultValue = "60")
    int intervalMinutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (intervalMinutes <= 0) {
            LOG.info("Relationship figures are not recomputed on a schedule (portal.relationship.recompute.minutes = " + intervalMinutes + ")");
            return;
        }
        scheduler.scheduleWithFixedDelay(this::runSafely, FIRST_RUN_SECONDS, intervalMinutes * 60L, TimeUnit.SECONDS);
    }

    private void runSafely() {
        try {
            run(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recomputing the relationship figures failed; the next run tries again", e);
        }
    }

    /** One run (every client, or one), if this server gets the lease; empty if another run holds it. */
    public Optional<RelationshipComputation.Result> run(Long onlyOrganisation) {
        Instant started = clock.instant();
        if (!leases.acquire(JOB, holder, started, LEASE)) {
            return Optional.empty();
        }
        try {
            RelationshipComputation.Result r = computation.runToday(onlyOrganisation);
            LOG.fine(() -> "Relationship figures: " + r.snapshots() + " of " + r.clients() + " clients, " + r.tasks() + " task(s), "
                    + r.activityDays() + " activity day(s) aggregated, " + Duration.between(started, clock.instant()).toMillis() + " ms");
            return Optional.of(r);
        } finally {
            leases.release(JOB, holder, started, clock.instant());
        }
    }
}
