package org.threepl.portal.domain.model.billing;

/**
 * What a billing adjustment settles: a closed SLA period with a bonus or a credit, a dispute settled with a credit
 * note, or the price incentive of the client's partnership tier on one of its invoices. One adjustment per cause.
 */
public enum AdjustmentCause {
    SLA_PERIOD,
    DISPUTE_SETTLEMENT,
    TIER_INCENTIVE
}
