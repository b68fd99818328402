package org.threepl.portal.application.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.threepl.portal.application.billing.InvoiceViews;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.DisputeState;
import org.threepl.portal.domain.model.dispute.Offer;
import org.threepl.portal.domain.model.dispute.Side;

/**
 * A dispute as shown and sent; {@code shipments} the shipments it concerns (with the client's references),
 * {@code invoiceLines} the invoice lines it contests, {@code levelName} the ladder rung it is at, {@code deadline} the
 * day the current deadline falls on (to acknowledge while filed, to resolve afterwards; null once it ended) and
 * {@code daysLeft} the days until then (negative: overdue), {@code requiredEvidence} what the procedure wants attached
 * to this kind of claim, {@code steps} the steps the caller can take now.
 */
public record DisputeView(
        Long id,
        String claimNumber,
        Long organisationId,
        String organisationName,
        String kind,
        BigDecimal amountClaimed,
        String currency,
        String description,
        List<Long> shipmentIds,
        List<ShipmentRef> shipments,
        List<InvoiceViews.LineRef> invoiceLines,
        String state,
        int level,
        String levelName,
        LocalDate filedOn,
        LocalDate acknowledgeBy,
        LocalDate resolveBy,
        LocalDate deadline,
        Long daysLeft,
        boolean overdue,
        String requiredEvidence,
        List<OfferView> offers,
        BigDecimal settledAmount,
        String creditNoteNumber,
        String rejectionReason,
        List<String> steps,
        int version) {

    /** A shipment the dispute concerns: its id and the client's reference. */
    public record ShipmentRef(Long id, String reference) {}

    /**
     * An offer; {@code madeByKind} USER (a person), CREDENTIAL (an API key) or LEGACY (made before actors were typed).
     */
    public record OfferView(
            BigDecimal amount, String side, String madeBy, String madeByKind, java.time.Instant madeAt, String status) {
        static OfferView of(Offer o) {
            return new OfferView(
                    o.amount(),
                    o.side().name(),
                    o.madeBy().name(),
                    o.madeBy().kind().name(),
                    o.madeAt(),
                    o.status().name());
        }
    }

    /** {@code side} and {@code role}: whose steps to list (the caller's; role null for API keys). */
    static DisputeView of(
            Dispute d,
            String organisationName,
            DisputeProcedure p,
            LocalDate today,
            Side side,
            Role role,
            java.util.Map<Long, String> references,
            List<InvoiceViews.LineRef> invoiceLines) {
        boolean open = d.state().isOpen();
        LocalDate due = !open ? null : d.state() == DisputeState.FILED ? d.acknowledgeBy() : d.resolveBy();
        return new DisputeView(
                d.id(),
                d.claimNumber(),
                d.organisationId(),
                organisationName,
                d.kind().name(),
                d.amountClaimed().amount(),
                d.amountClaimed().currency().getCurrencyCode(),
                d.description(),
                d.shipmentIds(),
                d.shipmentIds().stream()
                        .map(id -> new ShipmentRef(id, references.get(id)))
                        .toList(),
                List.copyOf(invoiceLines),
                d.state().name(),
                d.level(),
                p.ladder().get(d.level()).name(),
                d.filedOn(),
                d.acknowledgeBy(),
                d.resolveBy(),
                due,
                due == null ? null : ChronoUnit.DAYS.between(today, due),
                due != null && today.isAfter(due),
                p.evidenceRequiredFor(d.kind()).orElse(null),
                d.offers().stream().map(OfferView::of).toList(),
                d.settledAmount(),
                d.creditNoteNumber(),
                d.rejectionReason(),
                d.stepsFor(side, p, role).stream().map(Enum::name).toList(),
                d.version());
    }
}
