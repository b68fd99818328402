package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.application.relationship.RelationshipViews.FactsView;
import org.threepl.portal.application.relationship.RelationshipViews.ProposalView;
import org.threepl.portal.application.relationship.SwitchingCostViews.SwitchingCostView;
import org.threepl.portal.application.relationship.TierViews.TierProgress;
import org.threepl.portal.application.relationship.TierViews.TierStatus;
import org.threepl.portal.domain.model.relationship.BondLine;
import org.threepl.portal.domain.model.relationship.CustomerLifetimeValue;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.RelationshipStrategy;
import org.threepl.portal.domain.model.relationship.SignalLine;
import org.threepl.portal.domain.model.relationship.ValueFigures;
import org.threepl.portal.domain.model.shared.Message;

/**
 * The read models of a client's profile: the summary a client sees of its relationship ({@link ClientSummary}, passed
 * through {@link ClientDisclosure}) and the full profile for the 3PL's staff, whose switching-cost explanation is in
 * {@link SwitchingCostViews}.
 */
public final class ProfileViews {

    private ProfileViews() {}

    public record BondView(String bond, String type, boolean inPlace, Message evidence) {
        static BondView of(BondLine b) {
            return new BondView(b.bond().name(), b.bond().type().name(), b.inPlace(), b.evidence());
        }
    }

    public record SatisfactionView(
            BigDecimal surveyC, BigDecimal slaRatio, BigDecimal combined, String level, Message formula) {
        static SatisfactionView of(RelationshipSnapshot s) {
            return new SatisfactionView(
                    s.surveyC(),
                    s.slaRatio(),
                    s.satisfaction(),
                    s.satisfactionLevel() == null ? null : s.satisfactionLevel().name(),
                    s.satisfactionFormula());
        }
    }

    /**
     * Why the client stays and how deep the relationship goes, each with the rule that applied, and the strategy for
     * the client's quadrant of the portfolio (value segment × depth). Null in a snapshot taken before they were read.
     */
    public record LoyaltyView(
            String type, boolean atRisk, Message reason, String level, Message levelReason, String strategy) {
        static LoyaltyView of(RelationshipSnapshot s) {
            var loyalty = s.loyalty();
            var level = s.relationshipLevel();
            if (loyalty.isEmpty() || level.isEmpty()) {
                return null;
            }
            return new LoyaltyView(
                    loyalty.get().type().name(),
                    loyalty.get().atRisk(),
                    loyalty.get().reason(),
                    level.get().level().name(),
                    level.get().reason(),
                    RelationshipStrategy.of(s.value().segment(), level.get().level())
                            .name());
        }
    }

    /**
     * What a client sees of its relationship: its tier, the bonds in place, its satisfaction, its account managers and
     * reviews.
     */
    public record ClientSummary(
            Long organisationId,
            String organisationName,
            TierStatus tier,
            LocalDate relationshipSince,
            List<String> accountManagers,
            List<BondView> bonds,
            SatisfactionView satisfaction,
            LocalDate lastBusinessReview,
            LocalDate nextBusinessReviewDue,
            long openSurveys,
            LocalDate figuresAsOf) {}

    public record ValueView(
            String basis,
            BigDecimal value,
            BigDecimal revenue,
            BigDecimal margin,
            String currency,
            String source,
            Message explanation,
            String segment,
            int rank,
            int clients) {}

    /**
     * The client's lifetime value with its inputs: its own annual churn and retention and why, the months counted as
     * certain, expected and discounted, the discount rate, whether the margin was partly estimated, and the components
     * (empty, and the newer figures null, in a snapshot taken before they were computed).
     */
    public record LifetimeValueView(
            BigDecimal value,
            BigDecimal marginPerMonth,
            Boolean marginEstimated,
            BigDecimal expectedRemainingMonths,
            BigDecimal annualChurnRate,
            BigDecimal annualRetention,
            Message retentionReason,
            BigDecimal certainMonths,
            BigDecimal discountedMonths,
            BigDecimal annualDiscountRate,
            String currency,
            Message formula,
            List<ComponentView> components) {

        static LifetimeValueView of(ValueFigures v) {
            var retention = v.retention();
            return new LifetimeValueView(
                    v.clv(),
                    v.marginPerMonth(),
                    v.marginEstimated(),
                    v.expectedMonths(),
                    v.churnRate(),
                    retention
                            .map(CustomerLifetimeValue.Retention::annualRetention)
                            .orElse(null),
                    retention.map(CustomerLifetimeValue.Retention::reason).orElse(null),
                    v.certainMonths(),
                    v.discountedMonths(),
                    v.discountRate(),
                    v.reportingCurrency(),
                    v.clvFormula(),
                    v.components().stream().map(ComponentView::of).toList());
        }
    }

    /**
     * One component of the lifetime value: MONEY (an amount, part of the value), SCORE (0–100, not priced) or
     * NOT_MEASURED (no figure).
     */
    public record ComponentView(String component, String measure, BigDecimal figure, Message explanation) {
        static ComponentView of(CustomerLifetimeValue.Component c) {
            return new ComponentView(c.kind().name(), c.measure().name(), c.figure(), c.how());
        }
    }

    public record SignalView(String signal, boolean fired, Long recent, Long previous, int points, Message detail) {
        static SignalView of(SignalLine s) {
            return new SignalView(s.signal().name(), s.fired(), s.recent(), s.previous(), s.points(), s.detail());
        }
    }

    public record LifecycleView(
            String stage, int churnRisk, String riskLevel, Message reason, List<SignalView> signals) {}

    public record CadenceView(
            LocalDate lastContact,
            LocalDate lastBusinessReview,
            LocalDate contactDue,
            LocalDate businessReviewDue,
            boolean met) {}

    /**
     * The recommendation, with every tier's rules checked (lowest rank first): the tier the rules give
     * ({@code earnedTier}), and when it is below the current one, why the current one is kept ({@code hold}: NONE,
     * WITHIN_MARGIN or TOO_SHORT), since when the client falls short of it and from when a downgrade is recommended if
     * the shortfall lasts; {@code holdMargin} is the margin in force (a share of a rule's requirement).
     */
    public record RecommendationView(
            String recommendedTier,
            String currentTier,
            List<TierProgress> tiers,
            String earnedTier,
            String hold,
            LocalDate shortSince,
            LocalDate downgradeOn,
            BigDecimal holdMargin) {}

    /** Everything about one client, for its account managers and the ops admins. */
    public record Profile(
            Long organisationId,
            String organisationName,
            LocalDate asOf,
            Instant computedAt,
            SwitchingCostView switchingCost,
            ValueView value,
            LifetimeValueView lifetimeValue,
            SatisfactionView satisfaction,
            LoyaltyView loyalty,
            LifecycleView lifecycle,
            List<BondView> bonds,
            TierStatus tier,
            RecommendationView recommendation,
            ProposalView openProposal,
            CadenceView cadence,
            FactsView facts) {}
}
