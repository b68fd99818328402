package org.threepl.portal.infrastructure.scheduling;

import org.threepl.portal.application.sla.KpiRollups;
import jakarta.annotation.Resource;
import org.threepl.portal.application.sla.KpiRollups;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.threepl.portal.application.sla.KpiRollups;
import jakarta.enterprise.context.ApplicationScoped;
import org.threepl.portal.application.sla.KpiRollups;
import jakarta.enterprise.context.Initialized;
import org.threepl.portal.application.sla.KpiRollups;
import jakarta.enterprise.event.Event;
import org.threepl.portal.application.sla.KpiRollups;
import jakarta.enterprise.event.Observes;
import org.threepl.portal.application.sla.KpiRollups;
import jakarta.inject.Inject;
import org.threepl.portal.application.sla.KpiRollups;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.sla.KpiRollups;
import org.threepl.portal.domain.model.sla.RollupsUpdated;
import org.threepl.portal.application.sla.KpiRollups;
import org.threepl.portal.infrastructure.persistence.JpaKpiRollupRepository;

import org.threepl.portal.application.sla.KpiRollups;
import java.lang.management.ManagementFactory;
import org.threepl.portal.application.sla.KpiRollups;
import java.time.Clock;
import org.threepl.portal.application.sla.KpiRollups;
import java.time.Duration;
import org.threepl.portal.application.sla.KpiRollups;
import java.time.Instant;
import org.threepl.portal.application.sla.KpiRollups;
import java.time.LocalDate;
import org.threepl.portal.application.sla.KpiRollups;
import java.time.ZoneOffset;
import org.threepl.portal.application.sla.KpiRollups;
import java.util.ArrayList;
import org.threepl.portal.application.sla.KpiRollups;
import java.util.List;
import org.threepl.portal.application.sla.KpiRollups;
import java.util.Map;
import org.threepl.portal.application.sla.KpiRollups;
import java.util.Set;
import org.threepl.portal.application.sla.KpiRollups;
import java.util.TreeSet;
import org.threepl.portal.application.sla.KpiRollups;
import java.util.UUID;
import org.threepl.portal.application.sla.KpiRollups;
import java.util.concurrent.TimeUnit;
import org.threepl.portal.application.sla.KpiRollups;
import java.util.logging.Level;
import org.threepl.portal.application.sla.KpiRollups;
import java.util.logging.Logger;

/**
 * Keeps the daily KPI roll-ups current: every {@code portal.sla.rollup.minutes} (5) minutes, the
 * server holding the lease recomputes the days fed by shipments changed since the last run, and the
 * days of the last three, whose open shipments grow later as time passes (after two days overdue a
 * shipment stays in the last band, so older days only change with their shipments). Figures are so
 * at most one interval plus one run old; the dashboard shows when they were computed.
 */
@ApplicationScoped
public class KpiRollupJob implements KpiRollups {

    static final String JOB = "kpi-rollup";
    private static final Logger LOG = Logger.getLogger(KpiRollupJob.class.getName());
    /** Changes committed a little before a run started may become visible only after it read: read them again. */
    private static final Duration OVERLAP = Duration.ofMinutes(2);
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final int RECENT_DAYS = 3;

    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @Inject
    JpaKpiRollupRepository rollups;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    Event<RollupsUpdated> updated;

    @Inject
    @ConfigProperty(name = "portal.sla.rollup.minutes", defaultValue = "5")
    int intervalMinutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (intervalMinutes <= 0) {
            LOG.info("KPI roll-ups are not scheduled (portal.sla.rollup.minutes = " + intervalMinutes + ")");
            return;
        }
        scheduler.scheduleWithFixedDelay(this::runSafely, 1, intervalMinutes * 60L, TimeUnit.SECONDS);
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The KPI roll-up failed; the next run tries again", e);
        }
    }

    /** One run, if this server gets the lease; returns false if another server holds it. */
    public boolean run() {
        Instant started = clock.instant();
        if (!leases.acquire(JOB, holder, started, LEASE)) {
            return false;
        }
        Instant watermark = null;
        try {
            Instant since = leases.watermark(JOB).orElse(Instant.EPOCH);
            Map<Long, Set<LocalDate>> days = rollups.daysChangedSince(since);
            LocalDate today = started.atOffset(ZoneOffset.UTC).toLocalDate();
            Instant recentFrom = today.minusDays(RECENT_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant recentTo = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (Long org : rollups.organisationsDueBetween(recentFrom, recentTo)) {
                Set<LocalDate> set = days.computeIfAbsent(org, k -> new TreeSet<>());
                for (int d = 0; d <= RECENT_DAYS; d++) {
                    set.add(today.minusDays(d));
                }
            }
            long shipments = 0;
            int ranges = 0;
            for (Map.Entry<Long, Set<LocalDate>> e : days.entrySet()) {
                for (LocalDate[] range : ranges(e.getValue())) {
                    shipments += rollups.recompute(e.getKey(), range[0], range[1], clock.instant());
                    ranges++;
                }
                updated.fire(new RollupsUpdated(e.getKey())); // alerts look at the new figures
            }
            watermark = started.minus(OVERLAP);
            long ms = Duration.between(started, clock.instant()).toMillis();
            long read = shipments;
            int count = ranges;
            LOG.fine(() -> "KPI roll-up: " + count + " day ranges of " + days.size() + " organisations, " + read + " shipments, " + ms + " ms");
            return true;
        } finally {
            leases.release(JOB, holder, watermark, clock.instant());
        }
    }

    /** Consecutive days as [first, last] ranges, so that a range is read with one query. */
    static List<LocalDate[]> ranges(Set<LocalDate> days) {
        List<LocalDate[]> ranges = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d : new TreeSet<>(days)) {
            if (first != null && d.equals(last.plusDays(1))) {
                last = d;
                continue;
            }
            if (first != null) {
                ranges.add(new LocalDate[]{first, last});
            }
            first = d;
            last = d;
        }
        if (first != null) {
            ranges.add(new LocalDate[]{first, last});
        }
        return ranges;
    }
}
