package org.threepl.portal.domain.model.relationship;

/** Kotler's five relationship levels, shallowest first: how far the 3PL goes beyond delivering the service. */
public enum RelationshipLevel {
    /** The service is delivered; nobody follows up. */
    BASIC,
    /** Someone is there when the client calls: an account manager, a contact when something happened. */
    REACTIVE,
    /** The 3PL asks whether the service met the client's expectations: a survey answered or a business review. */
    ACCOUNTABLE,
    /** The 3PL contacts the client on its own initiative: the promised contact cadence kept, a review held. */
    PROACTIVE,
    /** The 3PL and the client work together continuously: integrated systems or processes, a kept cadence, reviews. */
    PARTNERSHIP;

    /** Proactive or partnership: the 3PL invests in the relationship. */
    public boolean deep() {
        return compareTo(PROACTIVE) >= 0;
    }
}
