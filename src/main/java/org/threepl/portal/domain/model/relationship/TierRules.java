package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Which tier a client has earned, with reasons: every rule of every tier checked against the client's standing (passed
 * or failed, and by how much: the gap still to close, or the headroom before a passed rule would fail). The tier earned
 * is the highest-ranked tier whose rules all pass. The recommendation is the tier earned, except that a client is not
 * recommended below its current tier for a small shortfall (every failed rule of its tier within the {@link Stability}
 * margin of its requirement) or for a short one (a shortfall beyond the margin, but for fewer than its days so far), so
 * that one weak month does not move a partner down. "Progress towards the next tier" is the next tier above a given one
 * with its checks.
 */
public final class TierRules {

    public enum Rule {
        SEGMENT,
        SWITCHING_COST,
        BONDS,
        STRUCTURAL_BOND,
        SLA_PERFORMANCE,
        SATISFACTION
    }

    /**
     * Where the client stands; {@code slaPerformance} and {@code satisfaction} are null when unknown (a rule on an
     * unknown figure fails).
     */
    public record Standing(
            ValueSegment segment,
            BigDecimal switchingCost,
            RetentionBonds bonds,
            BigDecimal slaPerformance,
            BigDecimal satisfaction) {
        public Standing {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(switchingCost, "switchingCost");
            Objects.requireNonNull(bonds, "bonds");
        }
    }

    /**
     * One rule checked: required, actual, passed, the gap still to close (null when passed or not numeric) and the
     * headroom, how far the figure may fall before the rule fails (null when failed or not numeric); {@code threshold}
     * is a numeric rule's requirement (null for the others).
     */
    public record Check(
            Rule rule,
            String required,
            String actual,
            boolean passed,
            BigDecimal gap,
            BigDecimal headroom,
            BigDecimal threshold) {

        /** Failed by no more than {@code margin} (a share) of its requirement: a numeric rule only. */
        boolean shortWithin(BigDecimal margin) {
            return !passed
                    && gap != null
                    && threshold != null
                    && threshold.signum() > 0
                    && gap.compareTo(threshold.multiply(margin)) <= 0;
        }
    }

    /**
     * How a client keeps its tier through a weak spell: a shortfall within {@code holdMargin} (a share of each rule's
     * requirement, e.g. 0.02) does not count, and a larger one counts only after {@code downgradeAfterDays}.
     */
    @Embeddable
    public record Stability(BigDecimal holdMargin, int downgradeAfterDays) {
        public Stability {
            SettingsRules.required("tierStability.holdMargin", holdMargin);
            SettingsRules.rule(
                    "tierStability.holdMargin",
                    holdMargin.signum() >= 0 && holdMargin.compareTo(new BigDecimal("0.2")) <= 0,
                    "rule.settings.tierStability.holdMargin",
                    "The margin is a share of a rule's requirement from 0 to 0.2");
            SettingsRules.rule(
                    "tierStability.downgradeAfterDays",
                    downgradeAfterDays >= 0 && downgradeAfterDays <= 365,
                    "rule.settings.tierStability.downgradeAfterDays",
                    "A shortfall counts after 0 to 365 days");
        }

        public static Stability standard() {
            return new Stability(new BigDecimal("0.02"), 30);
        }
    }

    /** Why the recommendation keeps the client's current tier although it earned a lower one. */
    public enum Hold {
        /** Nothing held: the recommendation is the tier earned. */
        NONE,
        /** Every rule of the current tier it fails, it fails by no more than the margin. */
        WITHIN_MARGIN,
        /** The shortfall has lasted fewer days than a downgrade needs. */
        TOO_SHORT
    }

    /**
     * Where the client was: its current tier, since when it has fallen short of it beyond the margin (null when it has
     * not, as of the last assessment) and the day assessed.
     */
    public record Current(String tier, LocalDate shortSince, LocalDate asOf) {
        public Current {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(asOf, "asOf");
        }
    }

    /** A tier with its rules checked. */
    public record Evaluation(String tier, String name, int rank, boolean eligible, List<Check> checks) {
        public long passed() {
            return checks.stream().filter(Check::passed).count();
        }
    }

    /**
     * The recommended tier and every tier's evaluation, lowest rank first; the tier {@code earned} by the rules, and
     * why the current one is kept when that is lower ({@code hold}); {@code shortSince} is the day the client first
     * fell short of its current tier beyond the margin (null when it has not), and {@code downgradeOn} the day a
     * shortfall still there is recommended down (null when none is pending).
     */
    public record Recommendation(
            String tier,
            List<Evaluation> evaluations,
            String earned,
            Hold hold,
            LocalDate shortSince,
            LocalDate downgradeOn) {
        public Recommendation(String tier, List<Evaluation> evaluations) {
            this(tier, evaluations, tier, Hold.NONE, null, null);
        }

        public Evaluation of(String code) {
            return evaluations.stream()
                    .filter(e -> e.tier().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No tier " + code));
        }

        /** The tier ranked just above {@code code} (none at the top). */
        public Optional<Evaluation> nextAbove(String code) {
            int rank = of(code).rank();
            return evaluations.stream().filter(e -> e.rank() > rank).min(Comparator.comparingInt(Evaluation::rank));
        }
    }

    private TierRules() {}

    /** Checks a set of tiers: at least one, codes and ranks unique, the lowest without rules. */
    public static List<TierDefinition> validate(List<TierDefinition> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            throw new DomainRuleViolation(
                    "tiers", "rule.settings.tiers.none", "At least one partnership tier is configured");
        }
        Set<String> codes = new HashSet<>();
        Set<Integer> ranks = new HashSet<>();
        for (TierDefinition t : tiers) {
            if (!codes.add(t.code())) {
                throw new DomainRuleViolation(
                        "tiers", "rule.settings.tiers.codeTwice", "The tier code {0} is used twice", t.code());
            }
            if (!ranks.add(t.rank())) {
                throw new DomainRuleViolation(
                        "tiers", "rule.settings.tiers.rankTwice", "The tier rank {0} is used twice", t.rank());
            }
        }
        List<TierDefinition> sorted = tiers.stream()
                .sorted(Comparator.comparingInt(TierDefinition::rank))
                .toList();
        if (sorted.get(0).hasRules()) {
            throw new DomainRuleViolation(
                    "tiers",
                    "rule.settings.tiers.lowestWithRules",
                    "The lowest tier ({0}) has no entry rules, so that every client has a tier",
                    sorted.get(0).code());
        }
        return sorted;
    }

    public static Recommendation recommend(List<TierDefinition> tiers, Standing s) {
        List<TierDefinition> sorted = validate(tiers);
        List<Evaluation> evaluations = new ArrayList<>();
        String best = sorted.get(0).code();
        for (TierDefinition t : sorted) {
            List<Check> checks = checks(t, s);
            boolean eligible = checks.stream().allMatch(Check::passed);
            evaluations.add(new Evaluation(t.code(), t.name(), t.rank(), eligible, checks));
            if (eligible) {
                best = t.code();
            }
        }
        return new Recommendation(best, List.copyOf(evaluations));
    }

    /**
     * The recommendation for a client of {@code current}: the tier earned, unless lower than the current tier and the
     * shortfall is within the margin or younger than the stability's days.
     */
    public static Recommendation recommend(
            List<TierDefinition> tiers, Standing s, Stability stability, Current current) {
        Recommendation earned = recommend(tiers, s);
        Optional<Evaluation> held = earned.evaluations().stream()
                .filter(e -> e.tier().equals(current.tier()))
                .findFirst();
        if (held.isEmpty() || earned.of(earned.tier()).rank() >= held.get().rank()) {
            return earned; // a tier no longer configured, or one earned already
        }
        List<Evaluation> evaluations = earned.evaluations();
        boolean small = held.get().checks().stream()
                .filter(c -> !c.passed())
                .allMatch(c -> c.shortWithin(stability.holdMargin()));
        if (small) {
            return new Recommendation(current.tier(), evaluations, earned.tier(), Hold.WITHIN_MARGIN, null, null);
        }
        LocalDate since = current.shortSince() == null || current.shortSince().isAfter(current.asOf())
                ? current.asOf()
                : current.shortSince();
        LocalDate downgradeOn = since.plusDays(stability.downgradeAfterDays());
        if (current.asOf().isBefore(downgradeOn)) {
            return new Recommendation(current.tier(), evaluations, earned.tier(), Hold.TOO_SHORT, since, downgradeOn);
        }
        return new Recommendation(earned.tier(), evaluations, earned.tier(), Hold.NONE, since, null);
    }

    static List<Check> checks(TierDefinition t, Standing s) {
        List<Check> checks = new ArrayList<>();
        if (t.minSegment() != null) {
            boolean ok = s.segment().atLeast(t.minSegment());
            checks.add(new Check(
                    Rule.SEGMENT, t.minSegment() + " or better", s.segment().name(), ok, null, null, null));
        }
        if (t.minSwitchingCost() != null) {
            checks.add(min(Rule.SWITCHING_COST, t.minSwitchingCost(), s.switchingCost(), 2));
        }
        if (t.minBonds() != null) {
            checks.add(min(
                    Rule.BONDS,
                    BigDecimal.valueOf(t.minBonds()),
                    BigDecimal.valueOf(s.bonds().inPlace()),
                    0));
        }
        if (t.structuralBondRequired()) {
            boolean ok = s.bonds().hasInPlace(Bond.Type.STRUCTURAL);
            checks.add(new Check(
                    Rule.STRUCTURAL_BOND,
                    "a structural bond",
                    ok ? "in place" : "none in place",
                    ok,
                    null,
                    null,
                    null));
        }
        if (t.minSlaPerformance() != null) {
            checks.add(min(Rule.SLA_PERFORMANCE, t.minSlaPerformance(), s.slaPerformance(), 4));
        }
        if (t.minSatisfaction() != null) {
            checks.add(min(Rule.SATISFACTION, t.minSatisfaction(), s.satisfaction(), 4));
        }
        return List.copyOf(checks);
    }

    /** A minimum; the gap in the rule's own precision (points 2 decimals, bonds whole, ratios 4 decimals). */
    private static Check min(Rule rule, BigDecimal required, BigDecimal actual, int scale) {
        String req = "at least " + required.stripTrailingZeros().toPlainString();
        if (actual == null) {
            return new Check(rule, req, "not known", false, null, null, required);
        }
        boolean ok = actual.compareTo(required) >= 0;
        BigDecimal difference = actual.subtract(required).setScale(scale, RoundingMode.HALF_EVEN);
        return new Check(
                rule,
                req,
                actual.stripTrailingZeros().toPlainString(),
                ok,
                ok ? null : difference.negate(),
                ok ? difference : null,
                required);
    }
}
