/**
 * Relationship management's use cases: {@link org.threepl.portal.application.relationship.ClientRelationships} (what a
 * client sees of its tier and profile), for the 3PL's staff
 * {@link org.threepl.portal.application.relationship.RelationshipPortfolio} (the portfolio and its matrix),
 * {@link org.threepl.portal.application.relationship.RelationshipProfiles} (a client's profile explained, its trend),
 * {@link org.threepl.portal.application.relationship.AccountRecords} (contact log, recorded facts, tasks) and
 * {@link org.threepl.portal.application.relationship.Recomputations} (recompute on demand),
 * {@link org.threepl.portal.application.relationship.PartnershipService} (tier proposals and their approval, the tier
 * history, the settings), {@link org.threepl.portal.application.relationship.SurveyService} (satisfaction surveys), and
 * {@link org.threepl.portal.application.relationship.RelationshipComputation}, which measures every client and writes
 * the snapshots (run by the scheduled job or on demand). Who may do what is
 * {@link org.threepl.portal.application.relationship.RelationshipAccess}.
 */
package org.threepl.portal.application.relationship;
