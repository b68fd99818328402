package org.threepl.portal.domain.model.sla;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/**
 * The money an SLA term attaches to a period's result: at or above the bonus threshold, a bonus of a share of the
 * period's fee; below the penalty threshold, a credit (penalty) of a share; neutral in between. For a KPI where lower
 * is better the comparisons turn round (at or below the bonus threshold, above the penalty threshold). Either band may
 * be absent.
 *
 * @param bonusThreshold KPI value from which the bonus applies, or null
 * @param bonusPercent bonus as percent of the period's fee
 * @param penaltyThreshold KPI value beyond which the penalty applies, or null
 * @param penaltyPercent penalty (credit to the client) as percent of the period's fee
 */
@Embeddable
public record BonusMalus(
        BigDecimal bonusThreshold, BigDecimal bonusPercent, BigDecimal penaltyThreshold, BigDecimal penaltyPercent) {

    public static final BonusMalus NONE = new BonusMalus(null, null, null, null);

    public BonusMalus {
        if ((bonusThreshold == null) != (bonusPercent == null)) {
            throw new DomainRuleViolation(
                    bonusThreshold == null ? "bonusThreshold" : "bonusPercent",
                    "rule.bonusMalus.bonusBand",
                    "A bonus band needs both a threshold and a percentage");
        }
        if ((penaltyThreshold == null) != (penaltyPercent == null)) {
            throw new DomainRuleViolation(
                    penaltyThreshold == null ? "penaltyThreshold" : "penaltyPercent",
                    "rule.bonusMalus.penaltyBand",
                    "A penalty band needs both a threshold and a percentage");
        }
        requirePercent(
                bonusPercent,
                "bonusPercent",
                "rule.bonusMalus.bonusPercent",
                "The bonus is a percentage of the fee between 0 and 100");
        requirePercent(
                penaltyPercent,
                "penaltyPercent",
                "rule.bonusMalus.penaltyPercent",
                "The penalty is a percentage of the fee between 0 and 100");
    }

    /** The outcome of a period: its kind and the amount (positive for a bonus, negative for a credit to the client). */
    public record Outcome(Kind kind, Money amount, String calculation) {
        public enum Kind {
            BONUS,
            NEUTRAL,
            PENALTY
        }
    }

    /** Checks the bands against the KPI's direction: the bonus band must lie on the good side of the penalty band. */
    public void requireConsistentWith(Kpi kpi) {
        if (bonusThreshold != null && penaltyThreshold != null) {
            int c = bonusThreshold.compareTo(penaltyThreshold);
            if (kpi.higherIsBetter() ? c < 0 : c > 0) {
                throw kpi.higherIsBetter()
                        ? new DomainRuleViolation(
                                "bonusThreshold",
                                "rule.bonusMalus.bonusThreshold.higher",
                                "The bonus threshold must be at or above the penalty threshold for this KPI")
                        : new DomainRuleViolation(
                                "bonusThreshold",
                                "rule.bonusMalus.bonusThreshold.lower",
                                "The bonus threshold must be at or below the penalty threshold for this KPI");
            }
        }
    }

    public Outcome apply(Kpi kpi, BigDecimal value, Money periodFee) {
        Objects.requireNonNull(periodFee, "periodFee");
        boolean higher = kpi.higherIsBetter();
        if (bonusThreshold != null
                && (higher ? value.compareTo(bonusThreshold) >= 0 : value.compareTo(bonusThreshold) <= 0)) {
            Money amount = share(periodFee, bonusPercent);
            return new Outcome(
                    Outcome.Kind.BONUS,
                    amount,
                    value.stripTrailingZeros().toPlainString() + (higher ? " ≥ " : " ≤ ")
                            + bonusThreshold.stripTrailingZeros().toPlainString() + ": bonus "
                            + bonusPercent.stripTrailingZeros().toPlainString()
                            + " % × " + periodFee + " = " + amount);
        }
        if (penaltyThreshold != null
                && (higher ? value.compareTo(penaltyThreshold) < 0 : value.compareTo(penaltyThreshold) > 0)) {
            Money amount = share(periodFee, penaltyPercent).times(BigDecimal.ONE.negate());
            return new Outcome(
                    Outcome.Kind.PENALTY,
                    amount,
                    value.stripTrailingZeros().toPlainString() + (higher ? " < " : " > ")
                            + penaltyThreshold.stripTrailingZeros().toPlainString() + ": credit "
                            + penaltyPercent.stripTrailingZeros().toPlainString()
                            + " % × " + periodFee + " = " + amount.times(BigDecimal.ONE.negate()));
        }
        return new Outcome(
                Outcome.Kind.NEUTRAL,
                Money.zero(periodFee.currency()),
                value.stripTrailingZeros().toPlainString() + " is in the neutral band: no bonus, no credit");
    }

    private static Money share(Money fee, BigDecimal percent) {
        BigDecimal amount = fee.amount()
                .multiply(percent)
                .divide(BigDecimal.valueOf(100), fee.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        return new Money(amount, fee.currency());
    }

    private static void requirePercent(BigDecimal p, String field, String key, String english) {
        if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new DomainRuleViolation(field, key, english);
        }
    }
}
