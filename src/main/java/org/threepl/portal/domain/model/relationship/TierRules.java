package org.threepl.portal.domain.model.relationship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which tier a client has earned, with reasons: every rule of every tier checked against the client's standing (passed
 * or failed, and by how much). The recommendation is the highest-ranked tier whose rules all pass. "Progress towards
 * the next tier" is the next tier above a given one with its checks.
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

    /** One rule checked: required, actual, passed, and the gap still to close (null when passed or not numeric). */
    public record Check(Rule rule, String required, String actual, boolean passed, BigDecimal gap) {}

    /** A tier with its rules checked. */
    public record Evaluation(String tier, String name, int rank, boolean eligible, List<Check> checks) {
        public long passed() {
            return checks.stream().filter(Check::passed).count();
        }
    }

    /** The recommended tier and every tier's evaluation, lowest rank first. */
    public record Recommendation(String tier, List<Evaluation> evaluations) {
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
            throw new IllegalArgumentException("At least one partnership tier is configured");
        }
        Set<String> codes = new HashSet<>();
        Set<Integer> ranks = new HashSet<>();
        for (TierDefinition t : tiers) {
            if (!codes.add(t.code())) {
                throw new IllegalArgumentException("The tier code " + t.code() + " is used twice");
            }
            if (!ranks.add(t.rank())) {
                throw new IllegalArgumentException("The tier rank " + t.rank() + " is used twice");
            }
        }
        List<TierDefinition> sorted = tiers.stream()
                .sorted(Comparator.comparingInt(TierDefinition::rank))
                .toList();
        if (sorted.get(0).hasRules()) {
            throw new IllegalArgumentException("The lowest tier ("
                    + sorted.get(0).code() + ") has no entry rules, so that every client has a tier");
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

    static List<Check> checks(TierDefinition t, Standing s) {
        List<Check> checks = new ArrayList<>();
        if (t.minSegment() != null) {
            boolean ok = s.segment().atLeast(t.minSegment());
            checks.add(new Check(
                    Rule.SEGMENT, t.minSegment() + " or better", s.segment().name(), ok, null));
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
            checks.add(
                    new Check(Rule.STRUCTURAL_BOND, "a structural bond", ok ? "in place" : "none in place", ok, null));
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
            return new Check(rule, req, "not known", false, null);
        }
        boolean ok = actual.compareTo(required) >= 0;
        return new Check(
                rule,
                req,
                actual.stripTrailingZeros().toPlainString(),
                ok,
                ok ? null : required.subtract(actual).setScale(scale, RoundingMode.HALF_EVEN));
    }
}
