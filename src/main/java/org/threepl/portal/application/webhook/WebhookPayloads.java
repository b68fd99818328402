package org.threepl.portal.application.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.threepl.portal.domain.model.shipment.ShipmentStatusChanged;

/**
 * What each type of event tells, as the body's {@code data}: ids for the API, the client's own references, codes as the
 * API writes them. Documented with examples in {@code docs/integration.md}.
 */
public final class WebhookPayloads {

    private WebhookPayloads() {}

    /** SHIPMENT_STATUS_CHANGED and EXCEPTION_RAISED. */
    public record ShipmentStatus(long shipmentId, String reference, String oldStatus, String newStatus, Instant at) {
        static ShipmentStatus of(ShipmentStatusChanged c) {
            return new ShipmentStatus(
                    c.shipmentId(),
                    c.reference(),
                    c.oldStatus().name(),
                    c.newStatus().name(),
                    c.at());
        }
    }

    /** PROOF_OF_DELIVERY_RECORDED. */
    public record ProofOfDelivery(
            long shipmentId, String reference, String signedBy, Instant signedAt, int deliveredQuantity) {}

    /** INVOICE_RECORDED: a new invoice, or one sent again with changes. */
    public record Invoice(
            long invoiceId,
            String invoiceNumber,
            boolean created,
            LocalDate issuedOn,
            LocalDate dueOn,
            BigDecimal total,
            String currency) {}

    /**
     * BILLING_ADJUSTMENT_ISSUED: a credit note (CREDIT) or a charge (CHARGE) and its cause (SLA_PERIOD,
     * DISPUTE_SETTLEMENT, TIER_INCENTIVE); the whole document, with its lines, at {@code GET /adjustments/{id}}.
     */
    public record Adjustment(
            long adjustmentId,
            String number,
            String cause,
            String direction,
            BigDecimal total,
            String currency,
            LocalDate issuedOn,
            Long invoiceId,
            Long disputeId) {}

    /** DISPUTE_STEP_TAKEN and OFFER_MADE. */
    public record DisputeStep(
            long disputeId,
            String claimNumber,
            String action,
            String fromState,
            String toState,
            int level,
            String side,
            BigDecimal amount,
            String currency) {}

    /** TIER_CHANGED. */
    public record Tier(String fromTier, String toTier, Instant at) {}

    /** SLA_AT_RISK and SLA_BREACHED. */
    public record ServiceLevel(long termId, String kpi, LocalDate periodStart, BigDecimal actual, BigDecimal target) {}

    /** TEST. */
    public record Test(long subscriptionId, String message) {}
}
