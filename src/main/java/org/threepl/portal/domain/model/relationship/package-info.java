/**
 * Relationship management (domain brief, section 4): why a client stays, what it is worth, how satisfied it is, where
 * the relationship is heading and which partnership tier it has earned.
 *
 * <ul>
 *   <li>{@link org.threepl.portal.domain.model.relationship.SwitchingCostModel} turns a client's
 *       {@link org.threepl.portal.domain.model.relationship.MeasuredSignals} (proxies measured in the portal's own
 *       data) into a {@link org.threepl.portal.domain.model.relationship.SwitchingCostProfile}: eight facets in three
 *       groups, each score with the contributions that explain it;
 *   <li>{@link org.threepl.portal.domain.model.relationship.RetentionBonds} (financial, social, structural),
 *       {@link org.threepl.portal.domain.model.relationship.ValueSegmentation} (VIP, major, ordinary, small) and
 *       {@link org.threepl.portal.domain.model.relationship.CustomerLifetimeValue};
 *   <li>{@link org.threepl.portal.domain.model.relationship.Satisfaction} (C = perceived / expected, combined with the
 *       SLA performance ratio) and the {@link org.threepl.portal.domain.model.relationship.SatisfactionSurvey} a client
 *       admin answers;
 *   <li>{@link org.threepl.portal.domain.model.relationship.Lifecycle} (exploration, formation, stability, decline) and
 *       churn risk with the signals that triggered it;
 *   <li>the {@link org.threepl.portal.domain.model.relationship.ContactLogEntry contact log} and its
 *       {@link org.threepl.portal.domain.model.relationship.ContactCadence cadence};
 *   <li>partnership tiers: {@link org.threepl.portal.domain.model.relationship.TierDefinition} (entry rules and
 *       benefits), {@link org.threepl.portal.domain.model.relationship.TierRules} (the recommendation with reasons),
 *       the {@link org.threepl.portal.domain.model.relationship.TierProposal} approval state machine, the client's
 *       {@link org.threepl.portal.domain.model.relationship.ClientTier} and its append-only
 *       {@link org.threepl.portal.domain.model.relationship.TierHistoryEntry history};
 *   <li>{@link org.threepl.portal.domain.model.relationship.RelationshipSettings}: every weight, scale, threshold and
 *       tier as configuration, with documented defaults; and the computed
 *       {@link org.threepl.portal.domain.model.relationship.RelationshipSnapshot}s that keep the history.
 * </ul>
 *
 * Every figure is computed in {@link java.math.BigDecimal} with fixed scales and half-even rounding, so the same facts
 * always give the same numbers, and every number can say where it came from.
 */
package org.threepl.portal.domain.model.relationship;
