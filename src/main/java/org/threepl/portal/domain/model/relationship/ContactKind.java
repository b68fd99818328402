package org.threepl.portal.domain.model.relationship;

/** What kind of contact an account manager logs. */
public enum ContactKind {
    CALL,
    VISIT,
    BUSINESS_REVIEW,
    CARE_ACTION
}
