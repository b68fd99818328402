package org.threepl.portal.domain.model.webhook;

/** What a subscription may ask to be told about. */
public enum WebhookEventType {
    SHIPMENT_STATUS_CHANGED,
    EXCEPTION_RAISED,
    PROOF_OF_DELIVERY_RECORDED,
    SLA_AT_RISK,
    SLA_BREACHED,
    DISPUTE_STEP_TAKEN,
    OFFER_MADE,
    INVOICE_RECORDED,
    TIER_CHANGED,
    BILLING_ADJUSTMENT_ISSUED,
    /** Sent only by "send test event", to the one subscription asked; never subscribed to. */
    TEST;

    /** The types a subscription may choose. */
    public static java.util.Set<WebhookEventType> subscribable() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(TEST));
    }
}
