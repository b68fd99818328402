package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.threepl.portal.application.sla.KpiRollupRepository;
import org.threepl.portal.domain.model.sla.KpiCounts;
import org.threepl.portal.domain.model.sla.ShipmentOutcome;

/**
 * The daily KPI roll-ups ({@code kpi_daily}): recomputed from the shipments of a range of days of one organisation
 * (deleted and written again in one transaction, so readers see the old or the new rows, never a mix), and read back
 * for any period and scope.
 */
@ApplicationScoped
public class JpaKpiRollupRepository implements KpiRollupRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The UTC days whose roll-ups the shipments changed since {@code since} feed, per organisation. */
    @Transactional
    public Map<Long, Set<LocalDate>> daysChangedSince(Instant since) {
        Map<Long, Set<LocalDate>> days = new HashMap<>();
        try (Stream<Object[]> rows = em.createQuery(
                        "select s.organisationId, s.deliveryWindow.to, s.pickupWindow.to from Shipment s"
                                + " where s.updatedAt > :since",
                        Object[].class)
                .setParameter("since", since)
                .setHint("org.hibernate.fetchSize", 5000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            rows.forEach(r -> {
                Set<LocalDate> set = days.computeIfAbsent((Long) r[0], k -> new TreeSet<>());
                set.add(day((Instant) r[1]));
                set.add(day((Instant) r[2]));
            });
        }
        return days;
    }

    /**
     * Organisations with a delivery or pick-up window ending in the range: their rows change as time passes. Asked per
     * organisation, so that each question is a probe of the (organisation, window end) indexes: asked of the shipments
     * at once, it read the whole table at every run (1.9 s at 10,000,000 shipments, docs/performance.md).
     */
    @Transactional
    public List<Long> organisationsDueBetween(Instant from, Instant to) {
        return em.createQuery(
                        "select o.id from Organisation o where exists (select 1 from Shipment s where"
                                + " s.organisationId = o.id and s.deliveryWindow.to >= :f and s.deliveryWindow.to < :t)"
                                + " or exists (select 1 from Shipment s where s.organisationId = o.id"
                                + " and s.pickupWindow.to >= :f and s.pickupWindow.to < :t)",
                        Long.class)
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
    }

    /**
     * Recomputes an organisation's rows for the days {@code from} to {@code to} (inclusive) from its shipments, as of
     * {@code now}; returns the number of shipments read.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long recompute(Long organisationId, LocalDate from, LocalDate to, Instant now) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<RowKey, KpiCounts> rows = new HashMap<>();
        long read = 0;
        try (Stream<Object[]> shipments = em.createQuery(
                        "select s.lane, s.serviceLevel, s.pickupWindow.to, s.deliveryWindow.to,"
                                + " s.pickedUpAt, s.deliveredAt, s.attemptedAt, s.status, s.damaged, s.orderedQuantity,"
                                + " s.proofOfDelivery.deliveredQuantity from Shipment s where s.organisationId = :org"
                                + " and ((s.deliveryWindow.to >= :f and s.deliveryWindow.to < :t) or "
                                + "(s.pickupWindow.to >= :f and s.pickupWindow.to < :t))",
                        Object[].class)
                .setParameter("org", organisationId)
                .setParameter("f", start)
                .setParameter("t", end)
                .setHint("org.hibernate.fetchSize", 2000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            for (Object[] r : (Iterable<Object[]>) shipments::iterator) {
                read++;
                String lane = (String) r[0];
                String level = (String) r[1];
                Instant pickupDue = (Instant) r[2];
                Instant deliveryDue = (Instant) r[3];
                ShipmentOutcome o = outcome(r, 2);
                if (!deliveryDue.isBefore(start) && deliveryDue.isBefore(end)) {
                    rows.computeIfAbsent(new RowKey(day(deliveryDue), lane, level), k -> new KpiCounts())
                            .addDelivery(o, now);
                }
                if (!pickupDue.isBefore(start) && pickupDue.isBefore(end)) {
                    rows.computeIfAbsent(new RowKey(day(pickupDue), lane, level), k -> new KpiCounts())
                            .addPickup(o, now);
                }
            }
        }
        em.createNativeQuery(
                        "delete from kpi_daily where organisation_id = ?1 and rollup_day >= ?2 and rollup_day <= ?3")
                .setParameter(1, organisationId)
                .setParameter(2, from)
                .setParameter(3, to)
                .executeUpdate();
        Timestamp computed = Timestamp.from(now);
        for (Map.Entry<RowKey, KpiCounts> e : rows.entrySet()) {
            Object[] c = e.getValue().toColumns();
            var insert = em.createNativeQuery(
                            "insert into kpi_daily (organisation_id, rollup_day, lane, service_level, deliveries_due,"
                                    + " delivery_pending, delivery_stopped, delivery_open, pickups_due, "
                                    + "pickup_pending, pickup_stopped, pickup_open,"
                                    + " pod_judged, in_full, otif_in_full, damage_judged, damaged, computed_at)"
                                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                    + "?14, ?15, ?16, ?17, ?18)")
                    .setParameter(1, organisationId)
                    .setParameter(2, e.getKey().day())
                    .setParameter(3, e.getKey().lane())
                    .setParameter(4, e.getKey().serviceLevel());
            for (int i = 0; i < c.length; i++) {
                insert.setParameter(5 + i, c[i] instanceof Long l ? l.intValue() : c[i]);
            }
            insert.setParameter(18, computed).executeUpdate();
        }
        return read;
    }

    /**
     * Hands the organisation's shipments whose delivery (or pick-up) window ends in [from, to), in a lane or service
     * level if given, latest due first, to {@code visit} until it returns false.
     */
    @Transactional
    public void forEachDue(
            Long organisationId,
            boolean byPickup,
            Instant from,
            Instant to,
            String lane,
            String serviceLevel,
            java.util.function.Predicate<DueShipment> visit) {
        String due = byPickup ? "s.pickupWindow.to" : "s.deliveryWindow.to";
        StringBuilder jpql =
                new StringBuilder("select s.id, s.clientReference, s.lane, s.serviceLevel, s.pickupWindow.to,"
                        + " s.deliveryWindow.to, s.pickedUpAt, s.deliveredAt, s.attemptedAt, s.status, "
                        + "s.damaged, s.orderedQuantity,"
                        + " s.proofOfDelivery.deliveredQuantity from Shipment s where s.organisationId = :org and "
                        + due + " >= :f and "
                        + due + " < :t");
        if (lane != null) {
            jpql.append(" and s.lane = :lane");
        }
        if (serviceLevel != null) {
            jpql.append(" and s.serviceLevel = :level");
        }
        jpql.append(" order by ").append(due).append(" desc, s.id desc");
        var q = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("org", organisationId)
                .setParameter("f", from)
                .setParameter("t", to)
                .setHint("org.hibernate.readOnly", true)
                .setHint("org.hibernate.fetchSize", 1000);
        if (lane != null) {
            q.setParameter("lane", lane);
        }
        if (serviceLevel != null) {
            q.setParameter("level", serviceLevel);
        }
        try (Stream<Object[]> stream = q.getResultStream()) {
            for (Object[] r : (Iterable<Object[]>) stream::iterator) {
                ShipmentOutcome o = outcome(r, 4);
                if (!visit.test(new DueShipment(
                        (Long) r[0], (String) r[1], (String) r[2], (String) r[3], String.valueOf(r[9]), o))) {
                    return;
                }
            }
        }
    }

    /** An organisation's rows for the days {@code from} (inclusive) to {@code to} (exclusive), by day. */
    @Transactional
    public List<Row> rows(Long organisationId, LocalDate from, LocalDate toExclusive) {
        List<Object[]> rows = em.createNativeQuery(
                        "select rollup_day, lane, service_level, deliveries_due, delivery_pending, delivery_stopped,"
                                + " delivery_open, pickups_due, pickup_pending, pickup_stopped, "
                                + "pickup_open, pod_judged, in_full, otif_in_full,"
                                + " damage_judged, damaged, computed_at from kpi_daily where "
                                + "organisation_id = ?1 and rollup_day >= ?2 and rollup_day < ?3"
                                + " order by rollup_day",
                        Object[].class)
                .setParameter(1, organisationId)
                .setParameter(2, from)
                .setParameter(3, toExclusive)
                .getResultList();
        return rows.stream()
                .map(r -> new Row(
                        localDate(r[0]),
                        (String) r[1],
                        (String) r[2],
                        KpiCounts.fromColumns(
                                n(r[3]),
                                n(r[4]),
                                (String) r[5],
                                (String) r[6],
                                n(r[7]),
                                n(r[8]),
                                (String) r[9],
                                (String) r[10],
                                n(r[11]),
                                n(r[12]),
                                (String) r[13],
                                n(r[14]),
                                n(r[15])),
                        instant(r[16])))
                .toList();
    }

    /**
     * The KPI facts from a row's columns starting at {@code i}: pick-up due, delivery due, picked up, delivered,
     * attempted, status, damaged, ordered quantity, proof-of-delivery quantity.
     */
    private static ShipmentOutcome outcome(Object[] r, int i) {
        return new ShipmentOutcome(
                (Instant) r[i],
                (Instant) r[i + 1],
                (Instant) r[i + 2],
                (Instant) r[i + 3],
                (Instant) r[i + 4],
                "REFUSED".equals(String.valueOf(r[i + 5])),
                (Boolean) r[i + 6],
                (Integer) r[i + 7],
                (Integer) r[i + 8]);
    }

    static LocalDate day(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate localDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) o;
    }
}
