package org.threepl.portal.application.dispute;

import org.threepl.portal.application.billing.InvoiceViews;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.Offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A dispute as shown and sent; {@code invoiceLines} the invoice lines it contests, {@code levelName}
 * the ladder rung it is at, {@code overdue} its deadline passed, {@code steps} the steps the caller's
 * side can take now.
 */
public record DisputeView(Long id, String claimNumber, Long organisationId, String kind, BigDecimal amountClaimed, String currency,
                          String description, List<Long> shipmentIds, List<InvoiceViews.LineRef> invoiceLines, String state, int level, String levelName,
                          LocalDate filedOn, LocalDate acknowledgeBy, LocalDate resolveBy, boolean overdue, List<OfferView> offers,
                          BigDecimal settledAmount, String creditNoteNumber, String rejectionReason, List<String> steps,
                          int version) {

    public record OfferView(BigDecimal amount, String side, String madeBy, java.time.Instant madeAt, String status) {
        static OfferView of(Offer o) {
            return new OfferView(o.amount(), o.side().name(), o.madeBy(), o.madeAt(), o.status().name());
        }
    }

    /** {@code side}: whose steps to list (the caller's). */
    static DisputeView of(Dispute d, DisputeProcedure p, LocalDate today, org.threepl.portal.domain.model.dispute.Side side,
                          List<InvoiceViews.LineRef> invoiceLines) {
        LocalDate due = "FILED".equals(d.state().name()) ? d.acknowledgeBy() : d.resolveBy();
        return new DisputeView(d.id(), d.claimNumber(), d.organisationId(), d.kind().name(), d.amountClaimed().amount(),
                d.amountClaimed().currency().getCurrencyCode(), d.description(), d.shipmentIds(), List.copyOf(invoiceLines), d.state().name(), d.level(),
                p.ladder().get(d.level()).name(), d.filedOn(), d.acknowledgeBy(), d.resolveBy(),
                d.state().isOpen() && today.isAfter(due), d.offers().stream().map(OfferView::of).toList(), d.settledAmount(),
                d.creditNoteNumber(), d.rejectionReason(), d.stepsFor(side, p), d.version());
    }
}
