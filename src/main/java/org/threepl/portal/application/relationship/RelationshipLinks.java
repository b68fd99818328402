package org.threepl.portal.application.relationship;

/** The portal pages that notifications about relationships link to. */
public final class RelationshipLinks {

    private RelationshipLinks() {}

    /** A client's relationship profile (staff). */
    public static String client(Long organisationId) {
        return "/relationship.xhtml?org=" + organisationId;
    }

    /** A client's own tier, benefits and progress (its users). */
    public static String tier() {
        return "/relationship-tier.xhtml";
    }

    /** A client's satisfaction survey (its administrators). */
    public static String survey(Long surveyId) {
        return "/relationship-survey.xhtml?id=" + surveyId;
    }

    /** The tier proposals awaiting a decision (ops admins). */
    public static String approvals() {
        return "/ops/relationship-approvals.xhtml";
    }
}
