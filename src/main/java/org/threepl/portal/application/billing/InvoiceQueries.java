package org.threepl.portal.application.billing;

import static org.threepl.portal.application.billing.InvoiceViews.InvoiceDetail;
import static org.threepl.portal.application.billing.InvoiceViews.InvoiceSummary;
import static org.threepl.portal.application.billing.InvoiceViews.LineRef;
import static org.threepl.portal.application.billing.InvoiceViews.SearchPage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.paging.KeysetCursor;
import org.threepl.portal.application.paging.PageLimit;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.domain.model.billing.Invoice;
import org.threepl.portal.domain.model.billing.InvoiceStatus;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/**
 * Reading invoices: one whole, the lists (keyset pages for the API, numbered pages for the portal) and the lines a
 * dispute names. Clients read their own, staff their clients'; only the 3PL's callers see cost and margin.
 */
@ApplicationScoped
@Transactional
public class InvoiceQueries {

    public static final int MAX_LIMIT = 200;

    /** The one order the invoice list is read in (what its keyset cursor names). */
    enum Order {
        NEWEST_FIRST
    }

    @Inject
    InvoiceAccess access;

    @Inject
    InvoiceRepository invoices;

    /** One invoice with its lines; another organisation's id is not found, like an unknown one. */
    public InvoiceDetail get(Long id) {
        Caller caller = access.caller();
        Invoice invoice =
                invoices.find(caller.tenantScope(), id).orElseThrow(() -> new NotFoundException("Invoice " + id));
        return access.detail(invoice, caller);
    }

    /** The invoices the caller may see, newest first, keyset-paged ({@code cursor} from the previous page). */
    public SearchPage search(
            Long organisationId,
            LocalDate issuedFrom,
            LocalDate issuedTo,
            InvoiceStatus status,
            String cursor,
            int limit) {
        Caller caller = access.caller();
        InvoiceRepository.Filter filter = filter(caller, organisationId, issuedFrom, issuedTo, status);
        KeysetCursor<Order> after = KeysetCursor.decodeOptional(cursor, Order.NEWEST_FIRST, o -> "newest first");
        int n = PageLimit.clamp(limit, MAX_LIMIT);
        List<InvoiceRepository.Row> rows = invoices.search(
                caller.tenantScope(),
                filter,
                after == null ? null : LocalDate.ofInstant(after.key(), ZoneOffset.UTC),
                after == null ? null : after.id(),
                n + 1);
        boolean more = rows.size() > n;
        LocalDate today = access.today();
        List<InvoiceSummary> items =
                rows.stream().limit(n).map(r -> summary(r, caller, today)).toList();
        String next = more
                ? new KeysetCursor<>(
                                Order.NEWEST_FIRST,
                                items.get(n - 1)
                                        .issuedOn()
                                        .atStartOfDay(ZoneOffset.UTC)
                                        .toInstant(),
                                items.get(n - 1).id())
                        .encode()
                : null;
        return new SearchPage(items, next);
    }

    /** One numbered page of the same list, with its total, for the portal's table. */
    public Page<InvoiceSummary> page(
            Long organisationId,
            LocalDate issuedFrom,
            LocalDate issuedTo,
            InvoiceStatus status,
            int offset,
            int limit) {
        Caller caller = access.caller();
        InvoiceRepository.Filter filter = filter(caller, organisationId, issuedFrom, issuedTo, status);
        LocalDate today = access.today();
        List<InvoiceSummary> items = invoices
                .page(caller.tenantScope(), filter, PageLimit.offset(offset), PageLimit.clamp(limit, MAX_LIMIT))
                .stream()
                .map(r -> summary(r, caller, today))
                .toList();
        return new Page<>(items, invoices.count(caller.tenantScope(), filter));
    }

    /**
     * The caller's own invoice lines with these ids (for a dispute that names them); a line of another organisation is
     * left out exactly like one that does not exist.
     */
    public List<LineRef> lines(Collection<Long> lineIds) {
        Caller caller = access.caller();
        return invoices.lines(caller.tenantScope(), new LinkedHashSet<>(lineIds)).values().stream()
                .map(LineRef::of)
                .toList();
    }

    private InvoiceRepository.Filter filter(
            Caller caller, Long organisationId, LocalDate from, LocalDate to, InvoiceStatus status) {
        if (organisationId != null && !caller.tenantScope().includes(organisationId)) {
            throw new NotFoundException("Organisation " + organisationId);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainRuleViolation(
                    "issuedTo",
                    "rule.invoices.issuedRange",
                    "The range of issue days ends ({0}) before it starts ({1})",
                    to,
                    from);
        }
        return new InvoiceRepository.Filter(organisationId, from, to, status, access.today());
    }

    private static InvoiceSummary summary(InvoiceRepository.Row r, Caller caller, LocalDate today) {
        Money total = new Money(r.total(), Money.currency(r.currency()));
        Money tax = new Money(r.tax(), total.currency());
        Money gross = total.plus(tax);
        Money cost = caller.isProvider() && r.cost() != null ? new Money(r.cost(), total.currency()) : null;
        InvoiceStatus status = InvoiceStatus.of(r.dueOn(), r.paidOn(), gross.amount(), r.credited(), today);
        return new InvoiceSummary(
                r.id(),
                r.organisationId(),
                r.organisationCode(),
                r.organisationName(),
                r.invoiceNumber(),
                r.issuedOn(),
                r.dueOn(),
                r.currency(),
                total.amount(),
                tax.amount(),
                gross.amount(),
                status,
                r.paidOn(),
                cost == null ? null : cost.amount(),
                cost == null ? null : total.minus(cost).amount(),
                r.version());
    }
}
