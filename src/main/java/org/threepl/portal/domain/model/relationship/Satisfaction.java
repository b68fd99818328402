package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
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
 *   <li>a survey's weight halves every {@code surveyHalfLifeDays} (180 by default) of its age, so an old survey gives
 *       way to the measured ratio;
 *   <li>the level: 0 is UNMET, below 1 − tolerance DISSATISFIED, within ±tolerance of 1 SATISFIED, above 1 + tolerance
 *       HIGHLY_SATISFIED; the tolerance is the survey's band (0.05 by default: a C of 0.95 to 1.05 is "satisfied"), the
 *       SLA ratio's (0.01: 91.5 % against a target of 96 % is 0.953, "dissatisfied"), or with both their mean weighted
 *       as the parts are.
 * </ul>
 */
public final class Satisfaction {

    static final String CAP_TEXT = "2";
    static final BigDecimal CAP = new BigDecimal(CAP_TEXT);

    /**
     * The weights and the tolerance bands: {@code tolerance} for a survey's C, {@code slaTolerance} for the SLA ratio
     * (targets sit near 100 %, so a few points below one is a promise broken, not "satisfied"); a survey's weight
     * halves every {@code surveyHalfLifeDays} of its age (0: it keeps its weight however old).
     */
    @Embeddable
    public record Policy(
            BigDecimal surveyWeight,
            BigDecimal slaWeight,
            BigDecimal tolerance,
            BigDecimal slaTolerance,
            int surveyHalfLifeDays) {
        public Policy {
            SettingsRules.required("satisfaction.surveyWeight", surveyWeight);
            SettingsRules.required("satisfaction.slaWeight", slaWeight);
            SettingsRules.required("satisfaction.tolerance", tolerance);
            SettingsRules.required("satisfaction.slaTolerance", slaTolerance);
            SettingsRules.rule(
                    "satisfaction.surveyWeight",
                    surveyWeight.signum() >= 0 && surveyWeight.add(slaWeight).signum() != 0,
                    "rule.settings.satisfaction.weights",
                    "The survey and SLA weights are not negative and not both 0");
            SettingsRules.rule(
                    "satisfaction.slaWeight",
                    slaWeight.signum() >= 0,
                    "rule.settings.satisfaction.weights",
                    "The survey and SLA weights are not negative and not both 0");
            SettingsRules.rule(
                    "satisfaction.tolerance",
                    tolerance.signum() >= 0 && tolerance.compareTo(new BigDecimal("0.5")) <= 0,
                    "rule.settings.satisfaction.tolerance",
                    "The satisfaction tolerance is from 0 to 0.5");
            SettingsRules.rule(
                    "satisfaction.slaTolerance",
                    slaTolerance.signum() >= 0 && slaTolerance.compareTo(new BigDecimal("0.5")) <= 0,
                    "rule.settings.satisfaction.slaTolerance",
                    "The SLA tolerance is from 0 to 0.5");
            SettingsRules.rule(
                    "satisfaction.surveyHalfLifeDays",
                    surveyHalfLifeDays >= 0 && surveyHalfLifeDays <= 3650,
                    "rule.settings.satisfaction.surveyHalfLifeDays",
                    "A survey's weight halves every 0 (never) to 3650 days");
        }

        public static Policy standard() {
            return new Policy(
                    new BigDecimal("0.6"), new BigDecimal("0.4"), new BigDecimal("0.05"), new BigDecimal("0.01"), 180);
        }

        /** The survey's weight at {@code ageDays}: halved every half-life, to 4 decimals. */
        BigDecimal surveyWeightAt(long ageDays) {
            if (surveyHalfLifeDays == 0 || ageDays <= 0) {
                return surveyWeight;
            }
            double factor = Math.pow(0.5, (double) ageDays / surveyHalfLifeDays);
            return surveyWeight.multiply(BigDecimal.valueOf(factor)).setScale(4, RoundingMode.HALF_EVEN);
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
                throw new DomainRuleViolation(
                        "answers",
                        "rule.survey.answers.twice",
                        "The dimension {0} is answered twice",
                        SurveyAnswer.words(a.dimension()));
            }
        }
        Set<SurveyDimension> missing = EnumSet.allOf(SurveyDimension.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation(
                    "answers",
                    "rule.survey.answers.missing",
                    "Every dimension is answered; missing: {0}",
                    // the codes a system sends (a page asks every row, so only the API meets this)
                    String.join(", ", missing.stream().map(Enum::name).toList()));
        }
        return answers.stream()
                .map(SurveyAnswer::c)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(answers.size()), 4, RoundingMode.HALF_EVEN);
    }

    /** A survey's level: its C against the survey band. */
    public static SatisfactionLevel level(BigDecimal c, Policy policy) {
        return level(c, policy.tolerance());
    }

    static SatisfactionLevel level(BigDecimal c, BigDecimal tolerance) {
        Objects.requireNonNull(c, "c");
        if (c.signum() == 0) {
            return SatisfactionLevel.UNMET;
        }
        if (c.compareTo(BigDecimal.ONE.subtract(tolerance)) < 0) {
            return SatisfactionLevel.DISSATISFIED;
        }
        if (c.compareTo(BigDecimal.ONE.add(tolerance)) > 0) {
            return SatisfactionLevel.HIGHLY_SATISFIED;
        }
        return SatisfactionLevel.SATISFIED;
    }

    /** A survey answered today and the SLA performance ratio combined; either may be unknown (null). */
    public static Figure combine(BigDecimal surveyC, BigDecimal slaRatio, Policy policy) {
        return combine(surveyC, 0, slaRatio, policy);
    }

    /**
     * The survey's C ({@code surveyAgeDays} old, its weight halved every half-life) and the SLA performance ratio
     * combined; either may be unknown (null). The level's band is the parts' bands weighted as the parts are: the
     * survey's with a survey only, the SLA's with SLA figures only.
     */
    public static Figure combine(BigDecimal surveyC, long surveyAgeDays, BigDecimal slaRatio, Policy policy) {
        BigDecimal s = surveyC == null ? null : surveyC.min(CAP);
        BigDecimal p = slaRatio == null ? null : slaRatio.min(CAP);
        BigDecimal ws = s == null ? BigDecimal.ZERO : policy.surveyWeightAt(surveyAgeDays);
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
                        Message.count(ws),
                        Message.count(s),
                        Message.count(policy.slaWeight()),
                        Message.count(p),
                        total,
                        Message.count(value))
                : s != null
                        ? Message.of(
                                "explain.satisfaction.surveyOnly",
                                Message.count(ws),
                                Message.count(s),
                                total,
                                Message.count(value))
                        : Message.of(
                                "explain.satisfaction.slaOnly",
                                Message.count(policy.slaWeight()),
                                Message.count(p),
                                total,
                                Message.count(value));
        if (s != null && ws.compareTo(policy.surveyWeight()) != 0) {
            formula = Message.of(
                    "explain.satisfaction.aged",
                    Message.nested(formula),
                    Message.count(surveyAgeDays),
                    Message.count(policy.surveyWeight()),
                    Message.count(ws),
                    Message.count(policy.surveyHalfLifeDays()));
        }
        BigDecimal band = policy.tolerance()
                .multiply(ws)
                .add(policy.slaTolerance().multiply(wp))
                .divide(ws.add(wp), 4, RoundingMode.HALF_EVEN);
        return new Figure(value, level(value, band), surveyC, slaRatio, formula);
    }
}
