package org.threepl.portal.domain.model.relationship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Message;

/**
 * What a client was worth over the value period, in the reporting currency: revenue (the invoices' totals, or, for a
 * client whose invoices the portal has not received, the contract fees of the months in force) and margin. Margin is
 * revenue minus the 3PL's cost where the billing system sent the cost, and revenue × the default margin rate where it
 * did not; the figure says how much of it was estimated.
 *
 * @param revenue revenue over the period
 * @param revenueWithCost the part of the revenue whose cost is known
 * @param cost the known cost of that part
 * @param defaultMarginRate the rate applied to revenue without a known cost (0.15 = 15 %)
 * @param source where the revenue came from
 * @param months the months of the period the client was a client (1 to the period's length)
 * @param unconvertible currencies without an exchange rate whose amounts were left out (empty: none)
 */
public record Valuation(
        BigDecimal revenue,
        BigDecimal revenueWithCost,
        BigDecimal cost,
        BigDecimal defaultMarginRate,
        Source source,
        int months,
        String unconvertible) {

    /** Where revenue comes from. */
    public enum Source {
        INVOICES,
        CONTRACT_FEES,
        NONE
    }

    /** What clients are ranked by. */
    public enum Basis {
        REVENUE,
        MARGIN
    }

    public Valuation {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(revenueWithCost, "revenueWithCost");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(defaultMarginRate, "defaultMarginRate");
        Objects.requireNonNull(source, "source");
        if (months < 1) {
            throw new IllegalArgumentException("A value period has at least one month");
        }
        if (defaultMarginRate.compareTo(BigDecimal.ONE.negate()) < 0
                || defaultMarginRate.compareTo(BigDecimal.ONE) > 0) {
            throw new DomainRuleViolation(
                    "defaultMarginRate",
                    "rule.settings.defaultMarginRate",
                    "The default margin rate is between -1 and 1");
        }
        unconvertible = unconvertible == null ? "" : unconvertible;
    }

    public static Valuation nothing(BigDecimal defaultMarginRate, int months) {
        return new Valuation(
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, defaultMarginRate, Source.NONE, months, "");
    }

    /** Known margin plus estimated margin, two decimals. */
    public BigDecimal margin() {
        return knownMargin().add(estimatedMargin()).setScale(2, RoundingMode.HALF_EVEN);
    }

    public BigDecimal knownMargin() {
        return revenueWithCost.subtract(cost);
    }

    /** Margin on revenue without a known cost, at the default rate. */
    public BigDecimal estimatedMargin() {
        return revenue.subtract(revenueWithCost).multiply(defaultMarginRate);
    }

    public BigDecimal marginPerMonth() {
        return margin().divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_EVEN);
    }

    public BigDecimal value(Basis basis) {
        return basis == Basis.REVENUE ? revenue.setScale(2, RoundingMode.HALF_EVEN) : margin();
    }

    /** In words: how the margin was found. */
    public Message explain() {
        if (source == Source.NONE) {
            return Message.of("explain.value.none");
        }
        BigDecimal unknown = revenue.subtract(revenueWithCost);
        Message m = unknown.signum() == 0
                ? Message.of("explain.margin.cost", money(cost))
                : revenueWithCost.signum() == 0
                        ? Message.of("explain.margin.defaultRate", percent(defaultMarginRate))
                        : Message.of(
                                "explain.margin.mixed",
                                money(revenueWithCost),
                                money(cost),
                                money(unknown),
                                percent(defaultMarginRate));
        return Message.of(
                source == Source.INVOICES ? "explain.value.invoiced" : "explain.value.estimated",
                money(revenue),
                Message.count(months),
                Message.nested(m),
                unconvertible.isEmpty()
                        ? Message.none()
                        : Message.nested(Message.of("explain.value.unconvertible", Message.text(unconvertible))));
    }

    /**
     * An amount in the reporting currency, to two decimals (the explanation names no currency: the figures beside it
     * do).
     */
    private static Message.Arg money(BigDecimal v) {
        return Message.count(v.setScale(2, RoundingMode.HALF_EVEN));
    }

    static Message.Arg percent(BigDecimal rate) {
        BigDecimal percent = rate.multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
        // 10.00 stripped is 1E+1: keep whole numbers plain
        return Message.count(percent.scale() < 0 ? percent.setScale(0) : percent);
    }

    static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
