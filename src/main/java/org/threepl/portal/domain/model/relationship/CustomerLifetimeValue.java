package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Message;

/**
 * A client's lifetime value: the margin it is expected to bring for as long as it is expected to stay, discounted, in
 * the components of the source material the portal has data for.
 *
 * <pre>
 *   CLV               = purchase value + transaction value
 *   purchase value    = margin per month × discounted months
 *   discounted months = Σ over the months t = 1 … cap of P(still a client in month t) × (1 + i)^(−t/12)
 *   P(t)              = 1 in the certain months (the contract still to run, at least the floor),
 *                       then the client's annual retention r to the power of (months after them / 12)
 *   r                 = 1 − q;  q = q₀' + (1 − q₀') × churn risk / 100
 *   q₀'               = the portfolio's annual churn rate, doubled while the relationship is tried (exploration) or
 *                       was just won back (recovered); a lost client has no future months at all
 *   transaction value = purchase value × the volume trend (recent window against the one before, within ±50 %)
 * </pre>
 *
 * The portfolio rate comes from the 3PL's retention history (of the clients with a contract in force a year ago, the
 * share with none in force now) or, with fewer clients than the policy's minimum a year ago, the configured default.
 * Information value (integration and survey participation) is a score, not money: the portal sees that a client shares
 * data, not what that is worth. Word of mouth and knowledge are not measured. In the reporting currency.
 */
public final class CustomerLifetimeValue {

    /** A relationship being tried or just won back churns at this multiple of the portfolio's rate. */
    static final BigDecimal UNPROVEN_CHURN_FACTOR = BigDecimal.valueOf(2);

    /** The volume trend counts within ±50 %: one busy quarter does not double a client's worth. */
    static final BigDecimal TREND_BOUND = new BigDecimal("0.5");

    /** Points of the information score for each way the client shares information. */
    static final int INFORMATION_POINTS = 50;

    /** The policy: the default churn rate, the months counted as certain and at most, and the discount rate. */
    @Embeddable
    public record Policy(
            BigDecimal defaultAnnualChurn,
            int minimumClientsForHistory,
            int floorMonths,
            int capMonths,
            BigDecimal annualDiscountRate) {
        public Policy {
            SettingsRules.required("lifetime.defaultAnnualChurn", defaultAnnualChurn);
            SettingsRules.rule(
                    "lifetime.defaultAnnualChurn",
                    defaultAnnualChurn.signum() > 0 && defaultAnnualChurn.compareTo(BigDecimal.ONE) <= 0,
                    "rule.settings.lifetime.defaultAnnualChurn",
                    "The default annual churn rate is above 0 and at most 1");
            SettingsRules.rule(
                    "lifetime.minimumClientsForHistory",
                    minimumClientsForHistory >= 1,
                    "rule.settings.lifetime.minimumClientsForHistory",
                    "The minimum number of clients for a churn rate from history is at least 1");
            SettingsRules.rule(
                    "lifetime.floorMonths",
                    floorMonths >= 0 && floorMonths <= capMonths,
                    "rule.settings.lifetime.months",
                    "The months counted need 0 ≤ certain months ≤ at most ≤ 600");
            SettingsRules.rule(
                    "lifetime.capMonths",
                    capMonths <= 600,
                    "rule.settings.lifetime.months",
                    "The months counted need 0 ≤ certain months ≤ at most ≤ 600");
            SettingsRules.required("lifetime.annualDiscountRate", annualDiscountRate);
            SettingsRules.rule(
                    "lifetime.annualDiscountRate",
                    annualDiscountRate.signum() >= 0 && annualDiscountRate.compareTo(TREND_BOUND) <= 0,
                    "rule.settings.lifetime.annualDiscountRate",
                    "The annual discount rate is from 0 to 0.5");
        }

        public static Policy standard() {
            return new Policy(new BigDecimal("0.15"), 20, 6, 120, new BigDecimal("0.10"));
        }
    }

    /** The portfolio's annual churn rate, and where it came from. */
    public record ChurnRate(BigDecimal annual, boolean fromHistory, Message source) {}

    /**
     * What the portal knows of one client: its stage and churn risk (0–100), the months its contracts still run, its
     * shipments in the recent window and the one before ({@code minimumBase}: the fewest before that make a trend),
     * whether one of its API keys was used within 30 days and whether it answered a survey within a year.
     */
    public record Client(
            LifecycleStage stage,
            int churnRisk,
            BigDecimal contractRemainingMonths,
            long volumeRecent,
            long volumePrevious,
            int minimumBase,
            boolean integrationUsed,
            boolean surveyAnswered) {
        public Client {
            Objects.requireNonNull(stage, "stage");
            if (churnRisk < 0 || churnRisk > 100 || volumeRecent < 0 || volumePrevious < 0) {
                throw new IllegalArgumentException("A churn risk is 0 to 100 and shipments are never negative");
            }
            contractRemainingMonths =
                    contractRemainingMonths == null ? BigDecimal.ZERO : contractRemainingMonths.max(BigDecimal.ZERO);
        }
    }

    /** The client's own annual churn and retention (r = 1 − q) and how they were found. */
    public record Retention(BigDecimal annualChurn, BigDecimal annualRetention, Message reason) {}

    /** One component: an amount (MONEY), a score (SCORE) or nothing (NOT_MEASURED), with how it was found. */
    public record Component(ValueComponent kind, ValueComponent.Measure measure, BigDecimal figure, Message how) {}

    /** The figure with every input. */
    public record Figure(
            BigDecimal marginPerMonth,
            boolean marginEstimated,
            ChurnRate churn,
            Retention retention,
            BigDecimal certainMonths,
            BigDecimal expectedRemainingMonths,
            BigDecimal discountedMonths,
            BigDecimal annualDiscountRate,
            BigDecimal volumeTrend,
            List<Component> components,
            BigDecimal value,
            Message formula) {

        public Component component(ValueComponent kind) {
            return components.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
        }
    }

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

    /** The client's annual retention from the portfolio's rate, its stage and its churn risk. */
    public static Retention retention(ChurnRate portfolio, LifecycleStage stage, int churnRisk) {
        if (stage == LifecycleStage.LOST) {
            return new Retention(
                    BigDecimal.ONE.setScale(4), BigDecimal.ZERO.setScale(4), Message.of("explain.retention.lost"));
        }
        boolean unproven = stage == LifecycleStage.EXPLORATION || stage == LifecycleStage.RECOVERED;
        BigDecimal base =
                unproven ? portfolio.annual().multiply(UNPROVEN_CHURN_FACTOR).min(BigDecimal.ONE) : portfolio.annual();
        BigDecimal risk = BigDecimal.valueOf(churnRisk).movePointLeft(2);
        BigDecimal churn =
                base.add(BigDecimal.ONE.subtract(base).multiply(risk)).setScale(4, RoundingMode.HALF_EVEN);
        BigDecimal retention = BigDecimal.ONE.subtract(churn);
        return new Retention(
                churn,
                retention,
                Message.of(
                        unproven ? "explain.retention.unproven" : "explain.retention.risk",
                        Valuation.percent(retention),
                        Valuation.percent(churn),
                        Valuation.percent(base),
                        Message.count(churnRisk),
                        Message.term("rel.stage.", stage),
                        Message.nested(portfolio.source())));
    }

    public static Figure of(Valuation valuation, ChurnRate churn, Client client, Policy policy) {
        Objects.requireNonNull(valuation, "valuation");
        Objects.requireNonNull(churn, "churn");
        Objects.requireNonNull(client, "client");
        Retention retention = retention(churn, client.stage(), client.churnRisk());
        boolean lost = client.stage() == LifecycleStage.LOST;
        int cap = policy.capMonths();
        BigDecimal certain = lost
                ? BigDecimal.ZERO
                : client.contractRemainingMonths()
                        .max(BigDecimal.valueOf(policy.floorMonths()))
                        .min(BigDecimal.valueOf(cap));
        double k = certain.doubleValue();
        double r = retention.annualRetention().doubleValue();
        double v = 1 / (1 + policy.annualDiscountRate().doubleValue());
        double expected = 0;
        double discounted = 0;
        for (int t = 1; t <= cap && !lost; t++) {
            double stays = t <= k ? 1 : Math.pow(r, (t - k) / 12);
            expected += stays;
            discounted += stays * Math.pow(v, t / 12.0);
        }
        BigDecimal expectedMonths = BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal discountedMonths = BigDecimal.valueOf(discounted).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal perMonth = valuation.marginPerMonth();
        BigDecimal purchase = perMonth.multiply(discountedMonths).setScale(2, RoundingMode.HALF_EVEN);

        BigDecimal trend = transactionTrend(client);
        Component transaction = transaction(client, trend, purchase);
        BigDecimal clv = purchase.add(transaction.figure());
        boolean estimated = valuation.estimatedMargin().signum() != 0;
        Message formula = Message.of(
                "explain.clv",
                Message.count(purchase),
                Message.count(transaction.figure()),
                Message.count(clv),
                Message.count(perMonth),
                Message.count(discountedMonths),
                Message.count(certain.setScale(2, RoundingMode.HALF_EVEN)),
                Valuation.percent(retention.annualRetention()),
                Valuation.percent(policy.annualDiscountRate()),
                Message.count(cap),
                Message.count(expectedMonths),
                Message.count(valuation.margin()),
                Message.count(valuation.months()),
                estimated ? Message.nested(Message.of("explain.clv.estimated")) : Message.none());
        List<Component> components = List.of(
                new Component(
                        ValueComponent.PURCHASE,
                        ValueComponent.Measure.MONEY,
                        purchase,
                        Message.of(
                                "explain.clv.purchase",
                                Message.count(perMonth),
                                Message.count(discountedMonths),
                                Message.nested(valuation.explain()))),
                transaction,
                information(client),
                notMeasured(ValueComponent.REFERRAL),
                notMeasured(ValueComponent.KNOWLEDGE));
        return new Figure(
                perMonth,
                estimated,
                churn,
                retention,
                certain.setScale(2, RoundingMode.HALF_EVEN),
                expectedMonths,
                discountedMonths,
                policy.annualDiscountRate(),
                trend,
                components,
                clv,
                formula);
    }

    /** A component the portal holds no data for, saying so. */
    public static Component notMeasured(ValueComponent kind) {
        return new Component(
                kind,
                ValueComponent.Measure.NOT_MEASURED,
                null,
                Message.of("explain.clv." + kind.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The volume trend within ±50 %, or null when the window before had too few shipments to read one. */
    static BigDecimal transactionTrend(Client c) {
        if (c.volumePrevious() < c.minimumBase()) {
            return null;
        }
        BigDecimal change = BigDecimal.valueOf(c.volumeRecent() - c.volumePrevious())
                .divide(BigDecimal.valueOf(c.volumePrevious()), 4, RoundingMode.HALF_EVEN);
        return change.max(TREND_BOUND.negate()).min(TREND_BOUND);
    }

    private static Component transaction(Client c, BigDecimal trend, BigDecimal purchase) {
        if (trend == null) {
            return new Component(
                    ValueComponent.TRANSACTION,
                    ValueComponent.Measure.MONEY,
                    BigDecimal.ZERO.setScale(2),
                    Message.of(
                            "explain.clv.transaction.noTrend",
                            Message.count(c.volumePrevious()),
                            Message.count(c.minimumBase())));
        }
        BigDecimal value = purchase.multiply(trend).setScale(2, RoundingMode.HALF_EVEN);
        return new Component(
                ValueComponent.TRANSACTION,
                ValueComponent.Measure.MONEY,
                value,
                Message.of(
                        "explain.clv.transaction",
                        Message.count(c.volumeRecent()),
                        Message.count(c.volumePrevious()),
                        Valuation.percent(trend),
                        Message.count(purchase),
                        Message.count(value)));
    }

    private static Component information(Client c) {
        int score = (c.integrationUsed() ? INFORMATION_POINTS : 0) + (c.surveyAnswered() ? INFORMATION_POINTS : 0);
        return new Component(
                ValueComponent.INFORMATION,
                ValueComponent.Measure.SCORE,
                BigDecimal.valueOf(score),
                Message.of(
                        "explain.clv.information",
                        Message.term("explain.clv.integration." + c.integrationUsed()),
                        Message.term("explain.clv.survey." + c.surveyAnswered()),
                        Message.count(score)));
    }
}
