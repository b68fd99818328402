package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.threepl.portal.application.home.HomeCounts;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

/**
 * The counts behind the home pages' tiles in SQL: each an indexed count over current facts. The callers pass the
 * organisations the reader may see.
 */
@ApplicationScoped
public class HomeFigures implements HomeCounts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Shipments on their way: picked up and not yet delivered or refused (the shipment list's "on the way"). */
    @Override
    public long onTheWay(Long organisationId) {
        return count(
                "select count(*) from shipment where organisation_id = ?1 and status in ("
                        + statuses(ShipmentStatus.Progress.ON_THE_WAY) + ")",
                organisationId);
    }

    /** Shipments with an exception still open: not delivered and not refused. */
    @Override
    public long openExceptions(Long organisationId) {
        return count(
                "select count(*) from shipment where organisation_id = ?1 and has_exception = true and status in ("
                        + statuses(ShipmentStatus.Progress.OPEN) + ")",
                organisationId);
    }

    /** The statuses as SQL literals: enum names only, so nothing else is ever written into the statement. */
    private static String statuses(ShipmentStatus.Progress progress) {
        return progress.statuses().stream()
                .map(s -> "'" + s.name() + "'")
                .sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Disputes in negotiation whose latest offer, the 3PL's, waits for the client's answer. */
    @Override
    public long disputesAwaitingClient(Long organisationId) {
        return count(
                "select count(*) from dispute d where d.organisation_id = ?1 and d.state = 'NEGOTIATION' "
                        + "and exists (select 1"
                        + " from dispute_offer o where o.dispute_id = d.id and o.side = 'PROVIDER' and "
                        + "o.status = 'PENDING')",
                organisationId);
    }

    /**
     * An invoice of which settled disputes have not credited the whole amount (the same rule as
     * InvoiceStatus.CREDITED).
     */
    private static final String UNCREDITED =
            "i.total_amount + i.tax_amount > (select coalesce(sum(d.settled_amount), 0) from dispute d"
                    + " where d.settled_amount is not null and exists (select 1 from dispute_invoice_line "
                    + "dil join invoice_line il"
                    + " on il.id = dil.invoice_line_id where dil.dispute_id = d.id and il.invoice_id = i.id))";

    @Override
    public InvoicesDue invoicesDue(Long organisationId, LocalDate today, int days) {
        long overdue = count(
                "select count(*) from invoice i where organisation_id = ?1 and due_on < ?2 and paid_on is null and "
                        + UNCREDITED,
                organisationId,
                Date.valueOf(today));
        long soon = count(
                "select count(*) from invoice i where organisation_id = ?1 and due_on >= ?2 and due_on <= "
                        + "?3 and paid_on is null" + " and " + UNCREDITED,
                organisationId,
                Date.valueOf(today),
                Date.valueOf(today.plusDays(days)));
        return new InvoicesDue(soon, overdue);
    }

    /** Open disputes past their resolve-by day, among the organisations given (null: all). */
    @Override
    public long overdueDisputes(Collection<Long> organisations, LocalDate today) {
        return countIn(
                "select count(*) from dispute where state in ('FILED', 'ACKNOWLEDGED', "
                        + "'UNDER_INVESTIGATION', 'NEGOTIATION')" + " and resolve_by < ?1",
                "organisation_id",
                organisations,
                Date.valueOf(today));
    }

    /** Breaches without the account manager's comment yet. */
    @Override
    public long breachesAwaitingComment(Collection<Long> organisations) {
        return countIn(
                "select count(*) from sla_breach where manager_comment is null", "organisation_id", organisations);
    }

    /** Open tasks of the account managers (reviews and contacts due, declines to look into). */
    @Override
    public long openTasks(Collection<Long> organisations) {
        return countIn("select count(*) from account_task where state = 'OPEN'", "organisation_id", organisations);
    }

    /** Clients whose latest relationship figures put them at a high risk of leaving. */
    @Override
    public long clientsAtRisk(Collection<Long> organisations) {
        return countIn(
                "select count(*) from relationship_snapshot s where s.latest = true and s.risk_level = 'HIGH'",
                "s.organisation_id",
                organisations);
    }

    @Override
    public long pendingTierProposals() {
        return count("select count(*) from tier_proposal where state = 'PROPOSED'");
    }

    @Override
    public Imports imports(Instant since) {
        long running = count("select count(*) from import_job where status in ('QUEUED', 'RUNNING')");
        long troubled = count(
                "select count(*) from import_job where queued_at >= ?1 and (status = 'FAILED' or rejected > 0)",
                Timestamp.from(since));
        return new Imports(running, troubled);
    }

    @Override
    public long failedSignInsSince(Instant since) {
        return count(
                "select count(*) from security_event where occurred_at >= ?1 and event_type in "
                        + "('SIGN_IN_FAILED', 'SIGN_IN_BLOCKED'," + " 'SECOND_FACTOR_FAILED')",
                Timestamp.from(since));
    }

    @Override
    public List<JobState> jobs() {
        List<?> rows = em.createNativeQuery("select name, leased_until, watermark from job_lease order by name")
                .getResultList();
        return rows.stream()
                .map(o -> (Object[]) o)
                .map(t -> new JobState((String) t[0], instant(t[1]), instant(t[2])))
                .toList();
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** A count narrowed to the organisations given (bound as one list parameter); null: every organisation. */
    private long countIn(String sql, String column, Collection<Long> organisations, Object... params) {
        if (organisations == null) {
            return count(sql, params);
        }
        if (organisations.isEmpty()) {
            return 0;
        }
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = List.copyOf(organisations);
        return count(sql + " and " + column + " in (?" + all.length + ")", all);
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Timestamp t
                ? t.toInstant()
                : o instanceof java.time.OffsetDateTime t ? t.toInstant() : (Instant) o;
    }
}
