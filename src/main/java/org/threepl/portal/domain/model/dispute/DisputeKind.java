package org.threepl.portal.domain.model.dispute;

/** What a dispute is about. */
public enum DisputeKind {
    /** An invoice: overcharge, accessorial charges. */
    BILLING,
    /** Goods lost or damaged. */
    LOSS_OR_DAMAGE,
    /** A delay or a missed service level. */
    DELAY_OR_SLA,
    /** Any other complaint about the service. */
    SERVICE_COMPLAINT
}
