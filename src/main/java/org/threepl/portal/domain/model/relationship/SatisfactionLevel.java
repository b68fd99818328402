package org.threepl.portal.domain.model.relationship;

/** The four levels of C = perceived / expected (domain brief, section 2). */
public enum SatisfactionLevel {
    /** C = 0: the expectation entirely unmet. */
    UNMET,
    /** C below 1 by more than the tolerance. */
    DISSATISFIED,
    /** C within the tolerance of 1. */
    SATISFIED,
    /** C above 1 by more than the tolerance. */
    HIGHLY_SATISFIED
}
