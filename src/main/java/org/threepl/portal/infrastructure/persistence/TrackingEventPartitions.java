package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a partition ready for each month to come: on PostgreSQL the tracking events are partitioned by the month they
 * occurred in (V33_2), and an event of a month without its partition would wait in the default one. The database's
 * function {@code tracking_event_month} creates a month's partition (moving in that month's waiting events); this asks
 * for the current month, {@code portal.events.partitions.ahead.months} (3) more and every month with events waiting in
 * the default partition. H2, the demo's database, keeps one table.
 */
@ApplicationScoped
public class TrackingEventPartitions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DatabaseKind database;

    @Inject
    @ConfigProperty(name = "portal.events.partitions.ahead.months", defaultValue = "3")
    int monthsAhead;

    @Inject
    Clock clock;

    /**
     * The partitions created, by name (none when every month had one already, or on H2): the current month's, those of
     * the months ahead and those of the months with events waiting in the default partition (sent late for a month
     * before the partitions began, or for an archived month, which then comes back).
     */
    @Transactional
    public List<String> prepareMonths() {
        if (!database.isPostgresql()) {
            return List.of();
        }
        LocalDate month = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
        List<?> names = em.createNativeQuery("select tracking_event_month(cast(month as date)) from ("
                        + " select generate_series(cast(?1 as date), cast(?1 as date) + ?2 * interval '1 month',"
                        + " interval '1 month') as month union select distinct date_trunc('month', occurred_at at"
                        + " time zone 'UTC') from tracking_event_default) months order by month")
                .setParameter(1, month.toString())
                .setParameter(2, monthsAhead)
                .getResultList();
        return names.stream().filter(Objects::nonNull).map(Object::toString).toList();
    }
}
