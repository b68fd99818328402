package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.billing.InvoiceRepository;
import org.threepl.portal.domain.model.billing.Invoice;
import org.threepl.portal.domain.model.billing.InvoiceLine;
import org.threepl.portal.domain.model.billing.InvoiceStatus;

/**
 * Invoices and their lines, always within a {@link TenantScope}; the invoice lines that disputes name. Lists are newest
 * first (issue day, then id), keyset-paged for the API and offset-paged for the portal's table, over the index
 * {@code invoice_org_issued_ix}.
 */
@ApplicationScoped
public class JpaInvoiceRepository implements InvoiceRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** What settled disputes naming any of invoice {@code i}'s lines credited (their settled amounts). */
    private static final String CREDITED =
            "(select coalesce(sum(d.settledAmount), 0) from Dispute d where d.settledAmount is not null"
                    + " and d.id in (select d2.id from Dispute d2 join d2.invoiceLineIds lid where lid in"
                    + " (select l.id from InvoiceLine l where l.invoice.id = i.id)))";

    public Optional<Invoice> find(TenantScope scope, Long id) {
        Invoice i = id == null ? null : em.find(Invoice.class, id);
        return i == null || !scope.includes(i.organisationId()) ? Optional.empty() : Optional.of(i);
    }

    public Optional<Invoice> byNumber(TenantScope scope, Long organisationId, String number) {
        if (!scope.includes(organisationId)) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select i from Invoice i where i.organisationId = :o and i.invoiceNumber = :n", Invoice.class)
                .setParameter("o", organisationId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    public void add(Invoice invoice) {
        em.persist(invoice);
        em.flush();
    }

    /** Writes pending changes now, so that a revised invoice's new version is known (for its ETag). */
    public void flush() {
        em.flush();
    }

    private static final String ROW =
            "select new org.threepl.portal.application.billing.InvoiceRepository$Row(i.id, i.organisationId,"
                    + " o.code, o.name, i.invoiceNumber, i.issuedOn, i.dueOn, i.currency, i.totalAmount, "
                    + "i.taxAmount, i.costAmount, i.paidOn, "
                    + CREDITED + ", i.version)"
                    + " from Invoice i, Organisation o where o.id = i.organisationId";

    /**
     * At most {@code limit} invoices, newest first, after the row ({@code afterIssued}, {@code afterId}) when given.
     */
    public List<Row> search(TenantScope scope, Filter filter, LocalDate afterIssued, Long afterId, int limit) {
        if (!scope.isUnrestricted() && scope.organisationIds().isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder(ROW).append(where(scope, filter));
        if (afterIssued != null) {
            jpql.append(" and (i.issuedOn < :ai or (i.issuedOn = :ai and i.id < :aid))");
        }
        jpql.append(" order by i.issuedOn desc, i.id desc");
        TypedQuery<Row> q = bind(em.createQuery(jpql.toString(), Row.class), scope, filter);
        if (afterIssued != null) {
            q.setParameter("ai", afterIssued).setParameter("aid", afterId);
        }
        return q.setMaxResults(limit).getResultList();
    }

    /** One page of the list for the portal's table. */
    public List<Row> page(TenantScope scope, Filter filter, int offset, int limit) {
        if (!scope.isUnrestricted() && scope.organisationIds().isEmpty()) {
            return List.of();
        }
        return bind(
                        em.createQuery(ROW + where(scope, filter) + " order by i.issuedOn desc, i.id desc", Row.class),
                        scope,
                        filter)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(TenantScope scope, Filter filter) {
        if (!scope.isUnrestricted() && scope.organisationIds().isEmpty()) {
            return 0;
        }
        return bind(
                        em.createQuery(
                                "select count(i) from Invoice i, Organisation o where o.id = i.organisationId"
                                        + where(scope, filter),
                                Long.class),
                        scope,
                        filter)
                .getSingleResult();
    }

    private static String where(TenantScope scope, Filter f) {
        StringBuilder w = new StringBuilder();
        if (f.organisationId() != null) {
            w.append(" and i.organisationId = :org");
        } else if (!scope.isUnrestricted()) {
            w.append(" and i.organisationId in :orgs");
        }
        if (f.issuedFrom() != null) {
            w.append(" and i.issuedOn >= :from");
        }
        if (f.issuedTo() != null) {
            w.append(" and i.issuedOn <= :to");
        }
        if (f.status() != null) {
            String unpaid = " and i.paidOn is null and " + CREDITED + " < i.totalAmount + i.taxAmount";
            w.append(
                    switch (f.status()) {
                        case PAID -> " and i.paidOn is not null";
                        case CREDITED -> " and i.paidOn is null and " + CREDITED + " >= i.totalAmount + i.taxAmount";
                        case OVERDUE -> unpaid + " and i.dueOn < :today";
                        case DUE -> unpaid + " and i.dueOn >= :today and i.dueOn <= :soon";
                        case OPEN -> unpaid + " and i.dueOn > :soon";
                    });
        }
        return w.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, TenantScope scope, Filter f) {
        if (f.organisationId() != null) {
            q.setParameter("org", f.organisationId());
        } else if (!scope.isUnrestricted()) {
            q.setParameter("orgs", scope.organisationIds());
        }
        if (f.issuedFrom() != null) {
            q.setParameter("from", f.issuedFrom());
        }
        if (f.issuedTo() != null) {
            q.setParameter("to", f.issuedTo());
        }
        if (f.status() == InvoiceStatus.OVERDUE || f.status() == InvoiceStatus.DUE) {
            q.setParameter("today", f.today());
        }
        if (f.status() == InvoiceStatus.DUE || f.status() == InvoiceStatus.OPEN) {
            q.setParameter("soon", f.today().plusDays(InvoiceStatus.DUE_SOON_DAYS));
        }
        return q;
    }

    /**
     * The lines with these ids that the scope may see, by id; another organisation's line is simply missing, exactly
     * like a line that does not exist.
     */
    public Map<Long, LineRow> lines(TenantScope scope, Collection<Long> lineIds) {
        Map<Long, LineRow> result = new LinkedHashMap<>();
        if (lineIds.isEmpty()
                || (!scope.isUnrestricted() && scope.organisationIds().isEmpty())) {
            return result;
        }
        String jpql = "select new org.threepl.portal.application.billing.InvoiceRepository$LineRow(l.id, i.id, "
                + "i.invoiceNumber,"
                + " i.issuedOn, l.lineNo, cast(l.chargeType as String), l.description, l.amount, "
                + "i.currency, l.organisationId)"
                + " from InvoiceLine l join l.invoice i where l.id in :ids"
                + (scope.isUnrestricted() ? "" : " and l.organisationId in :orgs")
                + " order by i.issuedOn, i.id, l.lineNo";
        TypedQuery<LineRow> q = em.createQuery(jpql, LineRow.class).setParameter("ids", lineIds);
        if (!scope.isUnrestricted()) {
            q.setParameter("orgs", scope.organisationIds());
        }
        q.getResultList().forEach(r -> result.put(r.id(), r));
        return result;
    }

    /** The credit notes that settled disputes naming any of the invoice's lines issued, oldest first. */
    public List<CreditNote> creditNotes(Long invoiceId) {
        return em.createQuery(
                        "select new "
                                + "org.threepl.portal.application.billing.InvoiceRepository$CreditNote(d.id,"
                                + " d.claimNumber,"
                                + " d.creditNoteNumber, d.settledAmount, d.currency) from Dispute d where "
                                + "d.settledAmount is not null and d.id in"
                                + " (select d2.id from Dispute d2 join d2.invoiceLineIds lid where lid in "
                                + "(select l.id from InvoiceLine l"
                                + " where l.invoice.id = :i)) order by d.id",
                        CreditNote.class)
                .setParameter("i", invoiceId)
                .getResultList();
    }

    /** The ids of the invoice's lines that any dispute names (they cannot change any more). */
    public Set<Long> namedLineIds(Long invoiceId) {
        return new HashSet<>(em.createQuery(
                        "select distinct lid from Dispute d join d.invoiceLineIds lid, InvoiceLine l"
                                + " where l.id = lid and l.invoice.id = :i",
                        Long.class)
                .setParameter("i", invoiceId)
                .getResultList());
    }

    /** The disputes that name each of these lines, by line id, oldest first. */
    public Map<Long, List<Contest>> contestsOf(Collection<Long> lineIds) {
        Map<Long, List<Contest>> result = new HashMap<>();
        if (lineIds.isEmpty()) {
            return result;
        }
        em.createQuery(
                        "select new org.threepl.portal.application.billing.InvoiceRepository$Contest(lid, "
                                + "d.id, d.claimNumber,"
                                + " cast(d.state as String)) from Dispute d join d.invoiceLineIds lid where "
                                + "lid in :ids order by d.id",
                        Contest.class)
                .setParameter("ids", lineIds)
                .getResultList()
                .forEach(c -> result.computeIfAbsent(c.lineId(), k -> new java.util.ArrayList<>())
                        .add(c));
        return result;
    }

    /** The invoice lines each of these disputes names, by dispute id (one query for a page of disputes). */
    public Map<Long, List<LineRow>> linesOfDisputes(Collection<Long> disputeIds) {
        Map<Long, List<LineRow>> result = new HashMap<>();
        if (disputeIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery(
                        "select d.id, lid from Dispute d join d.invoiceLineIds lid where d.id in :ids", Object[].class)
                .setParameter("ids", disputeIds)
                .getResultList();
        if (rows.isEmpty()) {
            return result;
        }
        Set<Long> lineIds = new HashSet<>();
        rows.forEach(r -> lineIds.add((Long) r[1]));
        Map<Long, LineRow> lines = lines(TenantScope.all(), lineIds);
        for (Object[] r : rows) {
            LineRow line = lines.get((Long) r[1]);
            if (line != null) {
                result.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>())
                        .add(line);
            }
        }
        result.values()
                .forEach(l -> l.sort(java.util.Comparator.comparing(LineRow::issuedOn)
                        .thenComparing(LineRow::invoiceId)
                        .thenComparingInt(LineRow::lineNo)));
        return result;
    }

    /** The lines of an invoice with their ids, in line-number order (fetched with the invoice's currency). */
    public List<InvoiceLine> linesOf(Invoice invoice) {
        return em.createQuery("select l from InvoiceLine l where l.invoice = :i order by l.lineNo", InvoiceLine.class)
                .setParameter("i", invoice)
                .getResultList();
    }
}
