/**
 * Relationship management's use cases: {@link org.threepl.portal.application.relationship.RelationshipService}
 * (what a client sees of its tier and profile; the account managers' portfolio, profiles, trends, contact
 * log, recorded facts and tasks), {@link org.threepl.portal.application.relationship.PartnershipService}
 * (tier proposals and their approval, the tier history, the settings),
 * {@link org.threepl.portal.application.relationship.SurveyService} (satisfaction surveys), and
 * {@link org.threepl.portal.application.relationship.RelationshipComputation}, which measures every client
 * and writes the snapshots (run by the scheduled job or on demand). Who may do what is
 * {@link org.threepl.portal.application.relationship.RelationshipAccess}.
 */
package org.threepl.portal.application.relationship;
