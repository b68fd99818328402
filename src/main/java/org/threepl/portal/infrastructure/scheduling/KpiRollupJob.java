package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.sla.KpiRollups;
import org.threepl.portal.domain.model.sla.RollupsUpdated;
import org.threepl.portal.infrastructure.persistence.JpaKpiRollupRepository;

/**
 * Keeps the daily KPI roll-ups current: every {@code portal.sla.rollup.minutes} (5) minutes, the server holding the
 * lease recomputes the days fed by shipments changed since the last run, and the days of the last three, whose open
 * shipments grow later as time passes (after two days overdue a shipment stays in the last band, so older days only
 * change with their shipments). Figures are so at most one interval plus one run old; the dashboard shows when they
 * were computed.
 */
@ApplicationScoped
public class KpiRollupJob implements KpiRollups {

    static final String JOB = "kpi-rollup";
    private static final Logger LOG = Logger.getLogger(KpiRollupJob.class.getName());
    /** Changes committed a little before a run started may become visible only after it read: read them again. */
    private static final Duration OVERLAP = Duration.ofMinutes(2);

    private static final int RECENT_DAYS = 3;

    @Inject
    JpaKpiRollupRepository rollups;

    @Inject
    LeasedScheduler scheduler;

    @Inject
    Clock clock;

    @Inject
    Event<RollupsUpdated> updated;

    @Inject
    @ConfigProperty(name = "portal.sla.rollup.minutes", defaultValue = "5")
    int intervalMinutes;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.every(JOB, Duration.ofMinutes(intervalMinutes), Duration.ofSeconds(1), this::rollUp);
    }

    /** One run, if this server gets the lease; false if another run holds it. */
    @Override
    public boolean run() {
        return scheduler.runNow(JOB, run -> JobRun.done(true, rollUp(run))).isPresent();
    }

    /** The days changed since the watermark and the recent days, recomputed; the new watermark. */
    Instant rollUp(JobRun run) {
        Instant started = clock.instant();
        Map<Long, Set<LocalDate>> days =
                rollups.daysChangedSince(run.watermark().orElse(Instant.EPOCH));
        LocalDate today = started.atOffset(ZoneOffset.UTC).toLocalDate();
        Instant recentFrom =
                today.minusDays(RECENT_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
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
            run.requireLease();
            for (LocalDate[] range : ranges(e.getValue())) {
                shipments += rollups.recompute(e.getKey(), range[0], range[1], clock.instant());
                ranges++;
            }
            updated.fire(new RollupsUpdated(e.getKey())); // alerts look at the new figures
        }
        long read = shipments;
        int count = ranges;
        LOG.fine(() ->
                "KPI roll-up: " + count + " day ranges of " + days.size() + " organisations, " + read + " shipments");
        return started.minus(OVERLAP);
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
                ranges.add(new LocalDate[] {first, last});
            }
            first = d;
            last = d;
        }
        if (first != null) {
            ranges.add(new LocalDate[] {first, last});
        }
        return ranges;
    }
}
