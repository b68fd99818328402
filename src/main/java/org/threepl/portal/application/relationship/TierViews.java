package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.relationship.TierRules;

/**
 * The tier read models, for clients and staff alike: a tier with its benefits and entry rules, the rules checked
 * against a client, and a client's tier status. What a client may see of them is decided by {@link ClientDisclosure}.
 */
public final class TierViews {

    private TierViews() {}

    public record Benefits(
            boolean dedicatedAccountManager,
            int businessReviewEveryDays,
            int contactEveryDays,
            int disputePriority,
            boolean customReports,
            BigDecimal priceIncentivePercent) {
        static Benefits of(TierDefinition t) {
            return new Benefits(
                    t.dedicatedAccountManager(),
                    t.reviewCadenceDays(),
                    t.contactCadenceDays(),
                    t.disputePriority(),
                    t.customReports(),
                    t.priceIncentivePercent());
        }

        /** In words, for messages. */
        public String describe() {
            List<String> b = new java.util.ArrayList<>();
            if (dedicatedAccountManager) {
                b.add("a dedicated account manager");
            }
            b.add("a business review every " + businessReviewEveryDays + " days");
            b.add("a contact at least every " + contactEveryDays + " days");
            if (disputePriority > 0) {
                b.add("priority " + disputePriority + " in the dispute queue");
            }
            if (customReports) {
                b.add("custom reports");
            }
            if (priceIncentivePercent.signum() > 0) {
                b.add("a price incentive of "
                        + priceIncentivePercent.stripTrailingZeros().toPlainString() + " %");
            }
            return String.join(", ", b);
        }
    }

    /** A tier's entry rule: which one, and in words. */
    public record EntryRule(String rule, String text) {}

    /** A tier with its benefits and its entry rules ({@code entryRules} in words, {@code rules} with their kind). */
    public record TierView(
            String code, String name, int rank, Benefits benefits, List<String> entryRules, List<EntryRule> rules) {
        static TierView of(TierDefinition t) {
            List<EntryRule> rules = new java.util.ArrayList<>();
            if (t.minSegment() != null) {
                rules.add(
                        new EntryRule(TierRules.Rule.SEGMENT.name(), "value segment " + t.minSegment() + " or better"));
            }
            if (t.minSwitchingCost() != null) {
                rules.add(new EntryRule(
                        TierRules.Rule.SWITCHING_COST.name(),
                        "partnership depth (switching-cost index) at least "
                                + t.minSwitchingCost().stripTrailingZeros().toPlainString()));
            }
            if (t.minBonds() != null) {
                rules.add(new EntryRule(
                        TierRules.Rule.BONDS.name(), "at least " + t.minBonds() + " retention bonds in place"));
            }
            if (t.structuralBondRequired()) {
                rules.add(new EntryRule(
                        TierRules.Rule.STRUCTURAL_BOND.name(),
                        "a structural bond (integration, custom processes or dedicated assets)"));
            }
            if (t.minSlaPerformance() != null) {
                rules.add(new EntryRule(
                        TierRules.Rule.SLA_PERFORMANCE.name(),
                        "SLA performance ratio at least "
                                + t.minSlaPerformance().stripTrailingZeros().toPlainString()));
            }
            if (t.minSatisfaction() != null) {
                rules.add(new EntryRule(
                        TierRules.Rule.SATISFACTION.name(),
                        "satisfaction at least "
                                + t.minSatisfaction().stripTrailingZeros().toPlainString()));
            }
            return new TierView(
                    t.code(),
                    t.name(),
                    t.rank(),
                    Benefits.of(t),
                    rules.stream().map(EntryRule::text).toList(),
                    List.copyOf(rules));
        }

        /** This tier with only the entry rules {@code shown} keeps. */
        TierView keeping(java.util.function.Predicate<String> shown) {
            List<EntryRule> kept =
                    rules.stream().filter(r -> shown.test(r.rule())).toList();
            return new TierView(
                    code,
                    name,
                    rank,
                    benefits,
                    kept.stream().map(EntryRule::text).toList(),
                    kept);
        }
    }

    /**
     * A rule checked: the gap still to close when failed, the headroom before it fails when passed (each null when the
     * rule is not numeric).
     */
    public record RuleCheck(
            String rule, String required, String actual, boolean passed, BigDecimal gap, BigDecimal headroom) {
        static RuleCheck of(TierRules.Check c) {
            return new RuleCheck(c.rule().name(), c.required(), c.actual(), c.passed(), c.gap(), c.headroom());
        }
    }

    /**
     * A tier's rules checked against the client: eligible when all pass; {@code passed} of {@code total} is the
     * progress.
     */
    public record TierProgress(TierView tier, boolean eligible, int passed, int total, List<RuleCheck> checks) {
        static TierProgress of(TierDefinition t, TierRules.Evaluation e) {
            return new TierProgress(
                    TierView.of(t),
                    e.eligible(),
                    (int) e.passed(),
                    e.checks().size(),
                    e.checks().stream().map(RuleCheck::of).toList());
        }

        /** The progress over the rules {@code shown} keeps (eligibility stays that of every rule). */
        TierProgress keeping(java.util.function.Predicate<String> shown) {
            List<RuleCheck> kept =
                    checks.stream().filter(c -> shown.test(c.rule())).toList();
            return new TierProgress(
                    tier.keeping(shown),
                    eligible,
                    (int) kept.stream().filter(RuleCheck::passed).count(),
                    kept.size(),
                    kept);
        }
    }

    /**
     * What a client sees of its tier: the tier and its benefits since when, the progress towards the next one (null at
     * the top, or before the first computation), every tier's benefits, and how fresh the figures are.
     */
    public record TierStatus(
            Long organisationId,
            String organisationName,
            TierView tier,
            Instant since,
            TierProgress next,
            List<TierView> tiers,
            LocalDate figuresAsOf) {}
}
