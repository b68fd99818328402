package org.threepl.portal.domain.model.account;

/**
 * Which reports a contract counts for its service levels: the facts an SLA figure is judged on (pick-ups, deliveries,
 * exceptions, proof of delivery) come from tracking events and proof of delivery, and both sides' systems can send
 * them.
 */
public enum SlaEvidence {
    /** Every report, from the client's systems as from the 3PL's (each kept with who sent it). */
    ALL_REPORTS,
    /**
     * The 3PL's reports alone (its own systems and the carriers it connects): the client's systems may send the plan
     * (shipments), but their tracking events and proofs of delivery are refused, each with the reason.
     */
    PROVIDER_REPORTS;

    /** Whether a report from this side is accepted as evidence under this rule. */
    public boolean accepts(boolean fromProvider) {
        return this == ALL_REPORTS || fromProvider;
    }
}
