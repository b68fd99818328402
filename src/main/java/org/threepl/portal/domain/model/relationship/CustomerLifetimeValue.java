package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Customer lifetime value, in practice margin × expected tenure (domain brief, section 4):
 *
 * <pre>
 *   CLV = margin per month × expected remaining months
 *   margin per month          = the period's margin / the months of the period the client was a client
 *   expected remaining months = max(remaining months of the contracts in force,
 *                                   clamp(12 / annual churn rate, floor, cap))
 * </pre>
 *
 * With a constant churn rate r per year a client's expected remaining life is 1 / r years whatever its age (the
 * geometric lifetime). r comes from the 3PL's retention history: of the clients with a contract in force a year ago,
 * the share with none in force now; with fewer clients than the policy's minimum a year ago, the configured default
 * rate. A contract term still to run is a commitment, so it is the floor. Undiscounted; in the reporting currency.
 */
public final class CustomerLifetimeValue {

    /** The policy: the default churn rate and the bounds of the expected tenure. */
    @Embeddable
    public record Policy(BigDecimal defaultAnnualChurn, int minimumClientsForHistory, int floorMonths, int capMonths) {
        public Policy {
            SettingsRules.required("lifetime.defaultAnnualChurn", defaultAnnualChurn);
            SettingsRules.rule(
                    "lifetime.defaultAnnualChurn",
                    defaultAnnualChurn.signum() > 0 && defaultAnnualChurn.compareTo(BigDecimal.ONE) <= 0,
                    "The default annual churn rate is above 0 and at most 1");
            SettingsRules.rule(
                    "lifetime.minimumClientsForHistory",
                    minimumClientsForHistory >= 1,
                    "The minimum number of clients for a churn rate from history is at least 1");
            SettingsRules.rule(
                    "lifetime.floorMonths",
                    floorMonths >= 0 && floorMonths <= capMonths,
                    "The tenure bounds need 0 ≤ floor ≤ cap ≤ 600 months");
            SettingsRules.rule(
                    "lifetime.capMonths", capMonths <= 600, "The tenure bounds need 0 ≤ floor ≤ cap ≤ 600 months");
        }

        public static Policy standard() {
            return new Policy(new BigDecimal("0.15"), 20, 6, 120);
        }
    }

    /** The annual churn rate used, and where it came from. */
    public record ChurnRate(BigDecimal annual, boolean fromHistory, Message source) {}

    /** The figure with every input. */
    public record Figure(
            BigDecimal marginPerMonth,
            ChurnRate churn,
            BigDecimal lifetimeMonthsFromChurn,
            BigDecimal contractRemainingMonths,
            BigDecimal expectedRemainingMonths,
            BigDecimal value,
            Message formula) {}

    private CustomerLifetimeValue() {}

    /**
     * The churn rate from retention history: {@code lost} of the {@code clientsAYearAgo} have no contract in force now.
     */
    public static ChurnRate churnRate(int clientsAYearAgo, int lost, Policy policy) {
        if (lost < 0 || lost > clientsAYearAgo) {
            throw new IllegalArgumentException("Lost clients are between 0 and the clients a year ago");
        }
        if (clientsAYearAgo < policy.minimumClientsForHistory()) {
            return new ChurnRate(
                    policy.defaultAnnualChurn(),
                    false,
                    Message.of(
                            "explain.churn.default",
                            Valuation.percent(policy.defaultAnnualChurn()),
                            Message.count(clientsAYearAgo),
                            Message.count(policy.minimumClientsForHistory())));
        }
        BigDecimal rate =
                BigDecimal.valueOf(lost).divide(BigDecimal.valueOf(clientsAYearAgo), 4, RoundingMode.HALF_EVEN);
        return new ChurnRate(
                rate,
                true,
                Message.of(
                        "explain.churn.history",
                        Message.count(lost),
                        Message.count(clientsAYearAgo),
                        Valuation.percent(rate)));
    }

    public static Figure of(Valuation valuation, ChurnRate churn, BigDecimal contractRemainingMonths, Policy policy) {
        Objects.requireNonNull(valuation, "valuation");
        Objects.requireNonNull(churn, "churn");
        BigDecimal remaining =
                contractRemainingMonths == null ? BigDecimal.ZERO : contractRemainingMonths.max(BigDecimal.ZERO);
        BigDecimal cap = BigDecimal.valueOf(policy.capMonths());
        BigDecimal fromChurn = churn.annual().signum() == 0
                ? cap
                : BigDecimal.valueOf(12).divide(churn.annual(), 2, RoundingMode.HALF_EVEN);
        BigDecimal clamped =
                fromChurn.max(BigDecimal.valueOf(policy.floorMonths())).min(cap);
        BigDecimal expected = remaining.max(clamped).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal perMonth = valuation.marginPerMonth();
        BigDecimal clv = perMonth.multiply(expected).setScale(2, RoundingMode.HALF_EVEN);
        Message formula = Message.of(
                "explain.clv",
                Message.count(perMonth),
                Message.count(expected),
                Message.count(clv),
                Message.count(valuation.margin()),
                Message.count(valuation.months()),
                Message.count(remaining.setScale(2, RoundingMode.HALF_EVEN)),
                Message.count(churn.annual().stripTrailingZeros()),
                Message.count(fromChurn),
                Message.count(policy.floorMonths()),
                Message.count(policy.capMonths()),
                Message.nested(churn.source()));
        return new Figure(
                perMonth, churn, fromChurn, remaining.setScale(2, RoundingMode.HALF_EVEN), expected, clv, formula);
    }
}
