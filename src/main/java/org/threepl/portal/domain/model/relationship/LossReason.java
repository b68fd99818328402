package org.threepl.portal.domain.model.relationship;

/** Why a client left (the material: a failure of the core service is the first cause, of the staff the second). */
public enum LossReason {
    /** A cheaper offer elsewhere. */
    PRICE,
    /** The core service failed: late, damaged, lost shipments. */
    SERVICE_FAILURE,
    /** A competitor won the business with more than price. */
    COMPETITOR,
    /** The client's business changed: moved, merged, insourced, closed a line. */
    BUSINESS_CHANGE,
    /** The people: the client was let down by the 3PL's staff. */
    STAFF
}
