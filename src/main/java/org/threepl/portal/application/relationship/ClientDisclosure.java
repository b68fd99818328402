package org.threepl.portal.application.relationship;

import java.util.EnumSet;
import java.util.Set;
import org.threepl.portal.domain.model.relationship.TierRules;

/**
 * What a client is shown of its own relationship, decided here and nowhere else. The 3PL's analysis of how to keep the
 * client is the 3PL's: its switching-cost index, the retention bonds and the evidence recorded for them, the internal
 * facts (discounts, dedicated assets) and notes. A client sees its tier and benefits, its account managers and reviews,
 * its own satisfaction and service figures, and, of the next tier's entry rules, those about what it buys and how it is
 * served.
 *
 * <p>Every client-facing view (API and pages: {@code GET /api/v1/relationship/tier}, {@code …/summary}, the partnership
 * page) passes through {@link #tierStatus} and {@link #summary} when the caller is a client.
 */
public final class ClientDisclosure {

    /** The entry rules a client sees: its value segment, service performance and satisfaction. */
    static final Set<TierRules.Rule> CLIENT_RULES =
            EnumSet.of(TierRules.Rule.SEGMENT, TierRules.Rule.SLA_PERFORMANCE, TierRules.Rule.SATISFACTION);

    private ClientDisclosure() {}

    static boolean shown(String rule) {
        return CLIENT_RULES.stream().anyMatch(r -> r.name().equals(rule));
    }

    /** The tier status as a client sees it: internal entry rules left out of every tier and of the progress. */
    public static TierViews.TierStatus tierStatus(TierViews.TierStatus full) {
        return new TierViews.TierStatus(
                full.organisationId(),
                full.organisationName(),
                full.tier().keeping(ClientDisclosure::shown),
                full.since(),
                full.next() == null ? null : full.next().keeping(ClientDisclosure::shown),
                full.tiers().stream()
                        .map(t -> t.keeping(ClientDisclosure::shown))
                        .toList(),
                full.figuresAsOf());
    }

    /** The summary as a client sees it: no retention bonds (nor their evidence), and the tier status as above. */
    public static ProfileViews.ClientSummary summary(ProfileViews.ClientSummary full) {
        return new ProfileViews.ClientSummary(
                full.organisationId(),
                full.organisationName(),
                tierStatus(full.tier()),
                full.relationshipSince(),
                full.accountManagers(),
                java.util.List.of(),
                full.satisfaction(),
                full.lastBusinessReview(),
                full.nextBusinessReviewDue(),
                full.openSurveys(),
                full.figuresAsOf());
    }
}
