package org.threepl.portal.domain.model.relationship;

/** What a satisfaction survey asks about: for each, what the client expected and what it perceived. */
public enum SurveyDimension {
    ON_TIME,
    CONDITION,
    COMMUNICATION,
    INVOICING_ACCURACY,
    RESPONSIVENESS
}
