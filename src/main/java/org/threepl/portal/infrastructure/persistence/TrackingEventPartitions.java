package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    @ConfigProperty(name = "db.kind", defaultValue = "h2")
    String dbKind;

    @Inject
    @ConfigProperty(name = "portal.events.partitions.ahead.months", defaultValue = "3")
    int monthsAhead;

    @Inject
    Clock clock;

    private static Optional<String> created(Object name) {
        return Optional.ofNullable(name).map(Object::toString);
    }

    /** The partitions created (none when every month ahead had one already, or the database is H2), by name. */
    @Transactional
    public List<String> prepareMonthsAhead() {
        List<String> created = new ArrayList<>();
        if (!"postgresql".equals(dbKind)) {
            return created;
        }
        LocalDate month = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
        for (int i = 0; i <= monthsAhead; i++) {
            created(em.createNativeQuery("select tracking_event_month(cast(?1 as date))")
                            .setParameter(1, month.plusMonths(i).toString())
                            .getSingleResult())
                    .ifPresent(created::add);
        }
        // and the months of the events waiting in the default partition: sent late for a month before the partitions
        // began; a month archived (detached) comes back when an event of it is sent again
        for (Object name : em.createNativeQuery("select tracking_event_month(cast(month as date)) from (select distinct"
                        + " date_trunc('month', occurred_at at time zone 'UTC') as month from tracking_event_default)"
                        + " waiting order by month")
                .getResultList()) {
            created(name).ifPresent(created::add);
        }
        return created;
    }
}
