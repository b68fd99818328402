package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Satisfaction as the source text defines it, C = b / a (perceived over expected):
 *
 * <ul>
 *   <li>a survey's C is the mean of its dimensions' C (each dimension counts the same);
 *   <li>the SLA performance ratio (actual / target, from the service levels) is another C, measured rather than asked;
 *   <li>the combined figure is their weighted mean (survey 0.6, SLA 0.4 by default), each part capped at
 *       {@value #CAP_TEXT} so that one extreme ratio cannot swamp the other; with only one of them, that one; with
 *       neither, none;
 *   <li>the level: 0 is UNMET, below 1 − tolerance DISSATISFIED, within ±tolerance of 1 SATISFIED, above 1 + tolerance
 *       HIGHLY_SATISFIED (tolerance 0.05 by default: a C of 0.95 to 1.05 is "satisfied").
 * </ul>
 */
public final class Satisfaction {

    static final String CAP_TEXT = "2";
    static final BigDecimal CAP = new BigDecimal(CAP_TEXT);

    /** The weights and the tolerance band. */
    @Embeddable
    public record Policy(BigDecimal surveyWeight, BigDecimal slaWeight, BigDecimal tolerance) {
        public Policy {
            SettingsRules.required("satisfaction.surveyWeight", surveyWeight);
            SettingsRules.required("satisfaction.slaWeight", slaWeight);
            SettingsRules.required("satisfaction.tolerance", tolerance);
            String weights = "The survey and SLA weights are not negative and not both 0";
            SettingsRules.rule(
                    "satisfaction.surveyWeight",
                    surveyWeight.signum() >= 0 && surveyWeight.add(slaWeight).signum() != 0,
                    weights);
            SettingsRules.rule("satisfaction.slaWeight", slaWeight.signum() >= 0, weights);
            SettingsRules.rule(
                    "satisfaction.tolerance",
                    tolerance.signum() >= 0 && tolerance.compareTo(new BigDecimal("0.5")) <= 0,
                    "The satisfaction tolerance is from 0 to 0.5");
        }

        public static Policy standard() {
            return new Policy(new BigDecimal("0.6"), new BigDecimal("0.4"), new BigDecimal("0.05"));
        }
    }

    /** The combined figure with its parts; {@code value} null when neither part is known. */
    public record Figure(
            BigDecimal value, SatisfactionLevel level, BigDecimal surveyC, BigDecimal slaRatio, Message formula) {}

    private Satisfaction() {}

    /** A survey's C: the mean of its dimensions' C; every dimension answered once. */
    public static BigDecimal surveyC(Collection<SurveyAnswer> answers) {
        Set<SurveyDimension> seen = EnumSet.noneOf(SurveyDimension.class);
        for (SurveyAnswer a : answers) {
            if (!seen.add(a.dimension())) {
                throw new IllegalArgumentException(a.dimension() + " is answered twice");
            }
        }
        Set<SurveyDimension> missing = EnumSet.allOf(SurveyDimension.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Every dimension is answered; missing: " + missing);
        }
        return answers.stream()
                .map(SurveyAnswer::c)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(answers.size()), 4, RoundingMode.HALF_EVEN);
    }

    public static SatisfactionLevel level(BigDecimal c, Policy policy) {
        Objects.requireNonNull(c, "c");
        if (c.signum() == 0) {
            return SatisfactionLevel.UNMET;
        }
        if (c.compareTo(BigDecimal.ONE.subtract(policy.tolerance())) < 0) {
            return SatisfactionLevel.DISSATISFIED;
        }
        if (c.compareTo(BigDecimal.ONE.add(policy.tolerance())) > 0) {
            return SatisfactionLevel.HIGHLY_SATISFIED;
        }
        return SatisfactionLevel.SATISFIED;
    }

    /** The survey's C and the SLA performance ratio combined; either may be unknown (null). */
    public static Figure combine(BigDecimal surveyC, BigDecimal slaRatio, Policy policy) {
        BigDecimal s = surveyC == null ? null : surveyC.min(CAP);
        BigDecimal p = slaRatio == null ? null : slaRatio.min(CAP);
        BigDecimal ws = s == null ? BigDecimal.ZERO : policy.surveyWeight();
        BigDecimal wp = p == null ? BigDecimal.ZERO : policy.slaWeight();
        if (ws.add(wp).signum() == 0) {
            return new Figure(
                    null,
                    null,
                    surveyC,
                    slaRatio,
                    Message.of(
                            s == null && p == null ? "explain.satisfaction.none" : "explain.satisfaction.zeroWeight"));
        }
        BigDecimal sum =
                (s == null ? BigDecimal.ZERO : s.multiply(ws)).add(p == null ? BigDecimal.ZERO : p.multiply(wp));
        BigDecimal value = sum.divide(ws.add(wp), 4, RoundingMode.HALF_EVEN);
        Message.Arg total = Message.count(ws.add(wp).stripTrailingZeros());
        Message formula = s != null && p != null
                ? Message.of(
                        "explain.satisfaction.both",
                        Message.count(policy.surveyWeight()),
                        Message.count(s),
                        Message.count(policy.slaWeight()),
                        Message.count(p),
                        total,
                        Message.count(value))
                : s != null
                        ? Message.of(
                                "explain.satisfaction.surveyOnly",
                                Message.count(policy.surveyWeight()),
                                Message.count(s),
                                total,
                                Message.count(value))
                        : Message.of(
                                "explain.satisfaction.slaOnly",
                                Message.count(policy.slaWeight()),
                                Message.count(p),
                                total,
                                Message.count(value));
        return new Figure(value, level(value, policy), surveyC, slaRatio, formula);
    }
}
