package org.threepl.portal.domain.model.relationship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a client was worth over the value period, in the reporting currency: revenue (the invoices'
 * totals, or, for a client whose invoices the portal has not received, the contract fees of the months in
 * force) and margin. Margin is revenue minus the 3PL's cost where the billing system sent the cost, and
 * revenue × the default margin rate where it did not; the figure says how much of it was estimated.
 *
 * @param revenue             revenue over the period
 * @param revenueWithCost     the part of the revenue whose cost is known
 * @param cost                the known cost of that part
 * @param defaultMarginRate   the rate applied to revenue without a known cost (0.15 = 15 %)
 * @param source              where the revenue came from
 * @param months              the months of the period the client was a client (1 to the period's length)
 * @param unconvertible       currencies without an exchange rate whose amounts were left out (empty: none)
 */
public record Valuation(BigDecimal revenue, BigDecimal revenueWithCost, BigDecimal cost, BigDecimal defaultMarginRate, Source source,
                        int months, String unconvertible) {

    /** Where revenue comes from. */
    public enum Source { INVOICES, CONTRACT_FEES, NONE }

    /** What clients are ranked by. */
    public enum Basis { REVENUE, MARGIN }

    public Valuation {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(revenueWithCost, "revenueWithCost");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(defaultMarginRate, "defaultMarginRate");
        Objects.requireNonNull(source, "source");
        if (months < 1) {
            throw new IllegalArgumentException("A value period has at least one month");
        }
        if (defaultMarginRate.compareTo(BigDecimal.ONE.negate()) < 0 || defaultMarginRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The default margin rate is between -1 and 1");
        }
        unconvertible = unconvertible == null ? "" : unconvertible;
    }

    public static Valuation nothing(BigDecimal defaultMarginRate, int months) {
        return new Valuation(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, defaultMarginRate, Source.NONE, months, "");
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
    public String explain() {
        if (source == Source.NONE) {
            return "no invoices and no contract fees in the period";
        }
        String from = source == Source.INVOICES ? "invoiced revenue " : "revenue estimated from contract fees (no invoices received) ";
        BigDecimal unknown = revenue.subtract(revenueWithCost);
        String m = unknown.signum() == 0 ? "margin = revenue − cost " + plain(cost)
                : revenueWithCost.signum() == 0 ? "margin estimated at the default rate of " + percent(defaultMarginRate) + " (no cost known)"
                : "margin = " + plain(revenueWithCost) + " − cost " + plain(cost) + " + " + plain(unknown) + " × default rate "
                + percent(defaultMarginRate);
        return from + plain(revenue) + " over " + months + " month(s); " + m
                + (unconvertible.isEmpty() ? "" : "; left out for want of an exchange rate: " + unconvertible);
    }

    static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %";
    }
}
