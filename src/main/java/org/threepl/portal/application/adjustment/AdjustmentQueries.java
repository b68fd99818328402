package org.threepl.portal.application.adjustment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.paging.PageLimit;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.domain.model.billing.BillingAdjustment;

/**
 * The adjustments a caller may read: a client its own, the 3PL every client's (an account manager those of its
 * clients); another organisation's adjustment is not found, like an unknown one.
 */
@ApplicationScoped
@Transactional
public class AdjustmentQueries {

    public static final int MAX_LIMIT = 200;

    @Inject
    CallerContext callers;

    @Inject
    AdjustmentRepository adjustments;

    @Inject
    OrganisationRepository organisations;

    /** A page of the billing system's feed: oldest first, after the id last read. */
    public record FeedPage(List<AdjustmentView> items, Long nextAfter) {}

    public AdjustmentView get(long id) {
        Caller caller = callers.current();
        BillingAdjustment a =
                adjustments.find(caller.tenantScope(), id).orElseThrow(() -> new NotFoundException("Adjustment " + id));
        return views(List.of(a)).get(0);
    }

    /** Oldest first after {@code afterId}; the next page starts after the last item's id. */
    public FeedPage feed(Long organisationId, long afterId, int limit) {
        Caller caller = callers.current();
        requireVisible(caller, organisationId);
        int n = PageLimit.clamp(limit, MAX_LIMIT);
        List<BillingAdjustment> rows =
                adjustments.list(caller.tenantScope(), organisationId, Math.max(0, afterId), n + 1);
        List<AdjustmentView> items = views(rows.stream().limit(n).toList());
        return new FeedPage(items, rows.size() > n ? items.get(n - 1).id() : null);
    }

    /** Newest first, one numbered page with the total, for the portal's invoices page. */
    public Page<AdjustmentView> page(Long organisationId, int offset, int limit) {
        Caller caller = callers.current();
        requireVisible(caller, organisationId);
        TenantScope scope = caller.tenantScope();
        return new Page<>(
                views(adjustments.newest(
                        scope, organisationId, PageLimit.offset(offset), PageLimit.clamp(limit, MAX_LIMIT))),
                adjustments.count(scope, organisationId));
    }

    private static void requireVisible(Caller caller, Long organisationId) {
        if (organisationId != null && !caller.tenantScope().includes(organisationId)) {
            throw new NotFoundException("Organisation " + organisationId);
        }
    }

    private List<AdjustmentView> views(List<BillingAdjustment> rows) {
        Map<Long, String> invoiceNumbers = adjustments.invoiceNumbers(rows.stream()
                .map(BillingAdjustment::invoiceId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, String> names = organisations.namesOf(
                rows.stream().map(BillingAdjustment::organisationId).collect(Collectors.toSet()));
        return rows.stream()
                .map(a -> new AdjustmentView(
                        a.id(),
                        a.number(),
                        a.organisationId(),
                        names.get(a.organisationId()),
                        a.cause().name(),
                        a.direction().name(),
                        a.total().amount(),
                        a.total().currency().getCurrencyCode(),
                        a.issuedOn(),
                        a.invoiceId(),
                        a.invoiceId() == null ? null : invoiceNumbers.get(a.invoiceId()),
                        a.disputeId(),
                        a.slaTermId(),
                        a.periodStart(),
                        a.tierCode(),
                        a.lines().stream()
                                .map(l -> new AdjustmentView.Line(l.description(), l.amount()))
                                .toList()))
                .toList();
    }
}
