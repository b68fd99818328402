package org.threepl.portal.application.adjustment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.billing.AdjustmentCause;
import org.threepl.portal.domain.model.billing.BillingAdjustment;

/**
 * Billing adjustments, always within a {@link TenantScope} when read for a caller. A port of the application,
 * implemented in infrastructure by {@code JpaAdjustmentRepository}.
 */
public interface AdjustmentRepository {

    boolean exists(AdjustmentCause cause, String causeKey);

    /**
     * Stores a new adjustment and writes it at once, so that one already issued for the same cause (by another server)
     * fails here, in the caller's transaction.
     */
    void add(BillingAdjustment adjustment);

    /** The next number of the year's series of adjustments, under a row lock (two servers never share one). */
    int next(int year);

    /** Adjustments in scope, oldest first, after the id {@code afterId} (0: from the first), at most {@code limit}. */
    List<BillingAdjustment> list(TenantScope scope, Long organisationId, long afterId, int limit);

    /** Adjustments in scope, newest first, for a page of the portal. */
    List<BillingAdjustment> newest(TenantScope scope, Long organisationId, int offset, int limit);

    long count(TenantScope scope, Long organisationId);

    Optional<BillingAdjustment> find(TenantScope scope, long id);

    /** Invoice numbers by invoice id. */
    Map<Long, String> invoiceNumbers(Collection<Long> invoiceIds);
}
