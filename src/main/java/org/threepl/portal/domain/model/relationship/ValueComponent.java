package org.threepl.portal.domain.model.relationship;

/**
 * The parts of a client's lifetime value in the source material: what it buys (purchase value), what its volume trend
 * adds (transaction value), what it tells the 3PL (information value), whom it brings (word of mouth) and what the 3PL
 * learns from serving it (knowledge value).
 */
public enum ValueComponent {
    PURCHASE,
    TRANSACTION,
    INFORMATION,
    REFERRAL,
    KNOWLEDGE;

    /** How a component is stated. */
    public enum Measure {
        /** An amount in the reporting currency, part of the lifetime value. */
        MONEY,
        /** A score from 0 to 100 from what the portal sees; not priced, so not part of the lifetime value. */
        SCORE,
        /** The portal holds no data for it. */
        NOT_MEASURED
    }
}
