package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threepl.portal.application.relationship.RelationshipMeasures;
import org.threepl.portal.application.relationship.RelationshipMeasures.Credits;
import org.threepl.portal.domain.model.relationship.LossReason;
import org.threepl.portal.domain.model.relationship.LossStanding;

/**
 * The raw facts relationship management measures, for every active client at once: one set-based query per kind of fact
 * (about twenty, however many clients there are), never a shipment or event loaded. Trend windows are whole UTC days:
 * "recent" is the {@code windowDays} complete days before {@code asOf}, "previous" the same number of days before that.
 * Facts at a point in time (keys, users, contacts, surveys, managers) count up to the end of {@code asOf}, so a run
 * today sees today's changes. Counts that would need a scan of months of events (API traffic) come from
 * {@code client_activity_day}, which {@link #aggregateActivity} fills one complete day at a time.
 */
@ApplicationScoped
public class JpaRelationshipMeasures implements RelationshipMeasures {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Aggregates shipments created and events received per client for every complete UTC day from {@code from} to the
     * day before {@code today} not aggregated yet; returns the days aggregated. Complete days never change again (the
     * columns are the time of receipt), so each day is read once.
     */
    public int aggregateActivity(LocalDate from, LocalDate today, Instant now) {
        Set<LocalDate> done = new HashSet<>();
        for (Object d : em.createNativeQuery(
                        "select activity_day from client_activity_aggregated where activity_day >= ?1")
                .setParameter(1, java.sql.Date.valueOf(from))
                .getResultList()) {
            done.add(date(d));
        }
        int days = 0;
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            if (done.contains(day)) {
                continue;
            }
            Timestamp start = ts(day);
            Timestamp end = ts(day.plusDays(1));
            Map<Long, long[]> counts = new HashMap<>();
            for (Object[] r : rows(em.createNativeQuery(
                            "select organisation_id, count(*) from shipment where created_at >= ?1 and created_at < ?2"
                                    + " group by organisation_id")
                    .setParameter(1, start)
                    .setParameter(2, end))) {
                counts.computeIfAbsent(id(r[0]), k -> new long[2])[0] = num(r[1]);
            }
            for (Object[] r : rows(
                    em.createNativeQuery("select organisation_id, count(*) from tracking_event where received_at >= ?1"
                                    + " and received_at < ?2 group by organisation_id")
                            .setParameter(1, start)
                            .setParameter(2, end))) {
                counts.computeIfAbsent(id(r[0]), k -> new long[2])[1] = num(r[1]);
            }
            em.createNativeQuery("delete from client_activity_day where activity_day = ?1")
                    .setParameter(1, java.sql.Date.valueOf(day))
                    .executeUpdate();
            for (Map.Entry<Long, long[]> e : counts.entrySet()) {
                em.createNativeQuery("insert into client_activity_day (organisation_id, activity_day, "
                                + "shipments_created, events_received)" + " values (?1, ?2, ?3, ?4)")
                        .setParameter(1, e.getKey())
                        .setParameter(2, java.sql.Date.valueOf(day))
                        .setParameter(3, (int) Math.min(Integer.MAX_VALUE, e.getValue()[0]))
                        .setParameter(4, (int) Math.min(Integer.MAX_VALUE, e.getValue()[1]))
                        .executeUpdate();
            }
            em.createNativeQuery("insert into client_activity_aggregated (activity_day, aggregated_at) values (?1, ?2)")
                    .setParameter(1, java.sql.Date.valueOf(day))
                    .setParameter(2, Timestamp.from(now))
                    .executeUpdate();
            days++;
        }
        return days;
    }

    /** Every fact of every active client as of the day {@code asOf} (UTC). */
    public Facts measure(LocalDate asOf, int windowDays, int valuePeriodMonths) {
        LocalDate mid = asOf.minusDays(windowDays);
        LocalDate from = asOf.minusDays(2L * windowDays);
        LocalDate next = asOf.plusDays(1);
        Timestamp tAsOf = ts(asOf);
        Timestamp tEnd = ts(next);
        Timestamp tMid = ts(mid);
        Timestamp tFrom = ts(from);

        List<Client> clients = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery(
                "select id, name, created_at from organisation where status = 'ACTIVE' order by id"))) {
            clients.add(new Client(id(r[0]), (String) r[1], instant(r[2])));
        }

        Map<Long, List<Contract>> contracts = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery(
                        "select organisation_id, start_date, end_date, monthly_fee, currency, services from "
                                + "client_contract" + " where start_date <= ?1")
                .setParameter(1, java.sql.Date.valueOf(asOf)))) {
            contracts
                    .computeIfAbsent(id(r[0]), k -> new ArrayList<>())
                    .add(new Contract(
                            id(r[0]),
                            date(r[1]),
                            r[2] == null ? null : date(r[2]),
                            (BigDecimal) r[3],
                            (String) r[4],
                            (String) r[5]));
        }

        Map<Long, Long> slaPromises = counts(em.createNativeQuery(
                        "select organisation_id, count(*) from (select distinct organisation_id, contract_id,"
                                + " kpi, scope_kind, coalesce(scope_value, '') sv from sla_term where "
                                + "effective_from <= ?1) p group by organisation_id")
                .setParameter(1, java.sql.Date.valueOf(asOf)));
        Map<Long, Long> procedures = counts(em.createNativeQuery(
                        "select organisation_id, count(*) from dispute_procedure where effective_from <= ?1"
                                // proposals bind nobody, nor the template's copy a dispute filed without one used
                                + " and agreement = 'AGREED' and recorded_by <> 'standard template'"
                                + " group by organisation_id")
                .setParameter(1, java.sql.Date.valueOf(asOf)));
        Map<Long, Long> users = counts(em.createNativeQuery(
                        "select organisation_id, count(*) from user_account where organisation_id is not null"
                                + " and enabled = true and last_login_at >= ?1 and last_login_at < ?2 group "
                                + "by organisation_id")
                .setParameter(1, ts(next.minusDays(90)))
                .setParameter(2, tEnd));
        Map<Long, Long> filters = counts(em.createNativeQuery(
                        "select u.organisation_id, count(*) from saved_filter f join user_account u on u.id = f.user_id"
                                + " where u.organisation_id is not null and f.created_at < ?1 group by "
                                + "u.organisation_id")
                .setParameter(1, tEnd));
        Map<Long, Counts> signIns = windows(em.createNativeQuery(
                        "select organisation_id, sum(case when sign_in_day >= ?1 then sign_ins else 0 end),"
                                + " sum(case when sign_in_day < ?2 then sign_ins else 0 end) from "
                                + "user_sign_in_day where organisation_id is not null"
                                + " and sign_in_day >= ?3 and sign_in_day < ?4 group by organisation_id")
                .setParameter(1, java.sql.Date.valueOf(mid))
                .setParameter(2, java.sql.Date.valueOf(mid))
                .setParameter(3, java.sql.Date.valueOf(from))
                .setParameter(4, java.sql.Date.valueOf(asOf)));

        Map<Long, Credentials> credentials = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery(
                        "select organisation_id, count(*), sum(case when last_used_at >= ?1 then 1 else 0 end),"
                                + " min(created_at) from api_credential where organisation_id is not null "
                                + "and created_at < ?2"
                                + " and (revoked_at is null or revoked_at >= ?3) group by organisation_id")
                .setParameter(1, ts(next.minusDays(30)))
                .setParameter(2, tEnd)
                .setParameter(3, tEnd))) {
            credentials.put(id(r[0]), new Credentials(num(r[1]), num(r[2]), instant(r[3])));
        }

        Map<Long, Counts> traffic = windows(em.createNativeQuery("select organisation_id,"
                        + " sum(case when activity_day >= ?1 then shipments_created + " + "events_received else 0 end),"
                        + " sum(case when activity_day < ?2 then shipments_created + " + "events_received else 0 end)"
                        + " from client_activity_day where activity_day >= ?3 and activity_day < ?4 "
                        + "group by organisation_id")
                .setParameter(1, java.sql.Date.valueOf(mid))
                .setParameter(2, java.sql.Date.valueOf(mid))
                .setParameter(3, java.sql.Date.valueOf(from))
                .setParameter(4, java.sql.Date.valueOf(asOf)));

        // per client, two range counts on shipment_org_pickup_ix (organisation_id, pickup_from, id)
        Map<Long, Counts> volume = windows(em.createNativeQuery("select o.id,"
                        + " (select count(*) from shipment s where s.organisation_id = o.id and "
                        + "s.pickup_from >= ?1 and s.pickup_from < ?2),"
                        + " (select count(*) from shipment s where s.organisation_id = o.id and "
                        + "s.pickup_from >= ?3 and s.pickup_from < ?4)"
                        + " from organisation o where o.status = 'ACTIVE'")
                .setParameter(1, tMid)
                .setParameter(2, tAsOf)
                .setParameter(3, tFrom)
                .setParameter(4, tMid));

        Map<Long, Counts> disputes =
                windows(em.createNativeQuery("select organisation_id, sum(case when filed_on >= ?1 then 1 else 0 end),"
                                + " sum(case when filed_on < ?2 then 1 else 0 end) from dispute where "
                                + "filed_on >= ?3 and filed_on < ?4 group by organisation_id")
                        .setParameter(1, java.sql.Date.valueOf(mid))
                        .setParameter(2, java.sql.Date.valueOf(mid))
                        .setParameter(3, java.sql.Date.valueOf(from))
                        .setParameter(4, java.sql.Date.valueOf(asOf)));
        Map<Long, Counts> breaches = windows(
                em.createNativeQuery("select organisation_id, sum(case when period_start >= ?1 then 1 else 0 end),"
                                + " sum(case when period_start < ?2 then 1 else 0 end) from sla_breach "
                                + "where period_start >= ?3 and period_start < ?4"
                                + " group by organisation_id")
                        .setParameter(1, java.sql.Date.valueOf(mid))
                        .setParameter(2, java.sql.Date.valueOf(mid))
                        .setParameter(3, java.sql.Date.valueOf(from))
                        .setParameter(4, java.sql.Date.valueOf(asOf)));

        Map<Long, List<Amount>> granted = amounts(
                em.createNativeQuery("select d.organisation_id, d.currency, sum(d.settled_amount) from dispute d"
                                + " where d.settled_amount is not null and d.credit_note_number is not null"
                                + " and d.ended_on >= ?1 and d.ended_on < ?2"
                                + " and not exists (select 1 from dispute_invoice_line l where l.dispute_id = d.id)"
                                + " group by d.organisation_id, d.currency")
                        .setParameter(1, java.sql.Date.valueOf(next.minusDays(365)))
                        .setParameter(2, java.sql.Date.valueOf(next)));
        Map<Long, List<Amount>> deducted =
                amounts(em.createNativeQuery("select i.organisation_id, i.currency, -sum(l.amount) from invoice_line l"
                                + " join invoice i on i.id = l.invoice_id where l.charge_type = 'CREDIT'"
                                + " and i.issued_on >= ?1 and i.issued_on < ?2 group by i.organisation_id, i.currency")
                        .setParameter(1, java.sql.Date.valueOf(next.minusDays(365)))
                        .setParameter(2, java.sql.Date.valueOf(next)));
        Map<Long, Credits> credits = new HashMap<>();
        for (Long org : union(granted.keySet(), deducted.keySet())) {
            credits.put(org, new Credits(granted.getOrDefault(org, List.of()), deducted.getOrDefault(org, List.of())));
        }

        Map<Long, Contacts> contacts = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select organisation_id, max(occurred_on),"
                        + " max(case when kind = 'BUSINESS_REVIEW' then occurred_on end),"
                        + " sum(case when occurred_on >= ?1 then 1 else 0 end),"
                        + " sum(case when kind = 'BUSINESS_REVIEW' and occurred_on >= ?2 then 1 else 0 end)"
                        + " from relationship_contact where occurred_on < ?3 group by organisation_id")
                .setParameter(1, java.sql.Date.valueOf(next.minusDays(90)))
                .setParameter(2, java.sql.Date.valueOf(next.minusDays(365)))
                .setParameter(3, java.sql.Date.valueOf(next)))) {
            contacts.put(
                    id(r[0]),
                    new Contacts(
                            r[1] == null ? null : date(r[1]), r[2] == null ? null : date(r[2]), num(r[3]), num(r[4])));
        }

        Map<Long, Survey> surveys = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery(
                        "select organisation_id, survey_c, answered_at from satisfaction_survey where state "
                                + "= 'ANSWERED'" + " and answered_at < ?1 order by answered_at, id")
                .setParameter(1, tEnd))) {
            surveys.put(id(r[0]), new Survey(decimal(r[1]), instant(r[2]))); // ordered: the last one wins
        }

        Map<Long, List<Manager>> managers = new HashMap<>();
        for (Object[] r : rows(
                em.createNativeQuery("select a.organisation_id, u.display_name, a.assigned_at from account_assignment a"
                                + " join user_account u on u.id = a.manager_id where u.enabled = true and "
                                + "a.assigned_at < ?1 order by a.assigned_at")
                        .setParameter(1, tEnd))) {
            managers.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new Manager((String) r[1], instant(r[2])));
        }

        Map<Long, List<Invoiced>> invoiced = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select organisation_id, currency, sum(total_amount),"
                        + " sum(case when cost_amount is not null then total_amount else 0 end), "
                        + "sum(coalesce(cost_amount, 0)), min(issued_on)"
                        + " from invoice where issued_on >= ?1 and issued_on < ?2 group by organisation_id, currency")
                .setParameter(1, java.sql.Date.valueOf(next.minusMonths(valuePeriodMonths)))
                .setParameter(2, java.sql.Date.valueOf(next)))) {
            invoiced.computeIfAbsent(id(r[0]), k -> new ArrayList<>())
                    .add(new Invoiced((String) r[1], decimal(r[2]), decimal(r[3]), decimal(r[4]), date(r[5])));
        }

        Map<Long, Previous> previous = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select organisation_id, stage, tier_short_since from"
                        + " relationship_snapshot where latest = true and as_of <= ?1")
                .setParameter(1, java.sql.Date.valueOf(asOf)))) {
            previous.put(id(r[0]), new Previous((String) r[1], r[2] == null ? null : date(r[2])));
        }

        // the latest loss of each client: open, or won back (the stage reads "recovered" for a while)
        Map<Long, LossStanding> losses = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select l.organisation_id, l.lost_on, l.reason, l.recovered_on"
                        + " from client_loss l where l.lost_on <= ?1 and l.id = (select max(x.id) from client_loss x"
                        + " where x.organisation_id = l.organisation_id)")
                .setParameter(1, java.sql.Date.valueOf(asOf)))) {
            losses.put(
                    id(r[0]),
                    new LossStanding(date(r[1]), LossReason.valueOf((String) r[2]), r[3] == null ? null : date(r[3])));
        }

        return new Facts(
                asOf,
                clients,
                contracts,
                slaPromises,
                procedures,
                users,
                filters,
                signIns,
                credentials,
                traffic,
                volume,
                disputes,
                breaches,
                credits,
                contacts,
                surveys,
                managers,
                invoiced,
                previous,
                losses);
    }

    /** Clients with a contract in force on {@code day}: for the churn rate from retention history. */
    public Set<Long> clientsInForce(LocalDate day) {
        Set<Long> ids = new HashSet<>();
        for (Object o : em.createNativeQuery(
                        "select distinct organisation_id from client_contract where start_date <= ?1"
                                + " and (end_date is null or end_date >= ?2)")
                .setParameter(1, java.sql.Date.valueOf(day))
                .setParameter(2, java.sql.Date.valueOf(day))
                .getResultList()) {
            ids.add(id(o));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return (List<Object[]>) q.getResultList();
    }

    private static Map<Long, Long> counts(Query q) {
        Map<Long, Long> m = new HashMap<>();
        for (Object[] r : rows(q)) {
            m.put(id(r[0]), num(r[1]));
        }
        return m;
    }

    /** Rows of (organisation, currency, amount), by organisation. */
    private static Map<Long, List<Amount>> amounts(Query q) {
        Map<Long, List<Amount>> m = new HashMap<>();
        for (Object[] r : rows(q)) {
            m.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new Amount(decimal(r[2]), (String) r[1]));
        }
        return m;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<Long, Counts> windows(Query q) {
        Map<Long, Counts> m = new HashMap<>();
        for (Object[] r : rows(q)) {
            Counts c = new Counts(num(r[1]), num(r[2]));
            if (c.recent() > 0 || c.previous() > 0) {
                m.put(id(r[0]), c);
            }
        }
        return m;
    }

    private static Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Long id(Object o) {
        return ((Number) o).longValue();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d
                ? d.toLocalDate()
                : o instanceof LocalDate l ? l : LocalDate.parse(o.toString().substring(0, 10));
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Timestamp t
                ? t.toInstant()
                : o instanceof OffsetDateTime t
                        ? t.toInstant()
                        : o instanceof Instant i ? i : ((java.time.temporal.TemporalAccessor) o).query(Instant::from);
    }
}
