package org.threepl.portal.infrastructure.scheduling;

import org.threepl.portal.application.Housekeeping;
import jakarta.annotation.Resource;
import org.threepl.portal.application.Housekeeping;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.threepl.portal.application.Housekeeping;
import jakarta.enterprise.context.ApplicationScoped;
import org.threepl.portal.application.Housekeeping;
import jakarta.enterprise.context.Initialized;
import org.threepl.portal.application.Housekeeping;
import jakarta.enterprise.event.Observes;
import org.threepl.portal.application.Housekeeping;
import jakarta.inject.Inject;
import org.threepl.portal.application.Housekeeping;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.Housekeeping;
import org.threepl.portal.infrastructure.security.DatabaseLoginThrottle;

import org.threepl.portal.application.Housekeeping;
import java.lang.management.ManagementFactory;
import org.threepl.portal.application.Housekeeping;
import java.time.Clock;
import org.threepl.portal.application.Housekeeping;
import java.time.Duration;
import org.threepl.portal.application.Housekeeping;
import java.time.Instant;
import org.threepl.portal.application.Housekeeping;
import java.util.UUID;
import org.threepl.portal.application.Housekeeping;
import java.util.concurrent.TimeUnit;
import org.threepl.portal.application.Housekeeping;
import java.util.logging.Level;
import org.threepl.portal.application.Housekeeping;
import java.util.logging.Logger;

/**
 * Removes what is no longer needed: sign-in throttle rows whose window and pause have passed. Every
 * {@code portal.housekeeping.minutes} (60), on the server holding the lease.
 */
@ApplicationScoped
public class HousekeepingJob implements Housekeeping {

    static final String JOB = "housekeeping";
    private static final Logger LOG = Logger.getLogger(HousekeepingJob.class.getName());

    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @Inject
    DatabaseLoginThrottle throttle;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.housekeeping.minutes", defaultValue = "60")
    int intervalMinutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (intervalMinutes > 0) {
            scheduler.scheduleWithFixedDelay(this::runSafely, 5, intervalMinutes * 60L, TimeUnit.SECONDS);
        }
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Housekeeping failed; the next run tries again", e);
        }
    }

    /** One run if this server gets the lease: the throttle rows removed, or -1 if another server holds the lease. */
    public int run() {
        Instant now = clock.instant();
        if (!leases.acquire(JOB, holder, now, Duration.ofMinutes(10))) {
            return -1;
        }
        try {
            int purged = throttle.purge();
            if (purged > 0) {
                LOG.info(() -> purged + " expired sign-in throttle row(s) removed");
            }
            return purged;
        } finally {
            leases.release(JOB, holder, now, clock.instant());
        }
    }
}
