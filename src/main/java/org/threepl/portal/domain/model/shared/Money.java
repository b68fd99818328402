package org.threepl.portal.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, rounded to the currency's minor unit (half-even, as accountants do). Arithmetic across
 * currencies is refused rather than silently converted.
 */
@Embeddable
public class Money implements Comparable<Money> {

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {
        // for JPA
    }

    public Money(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        this.amount = amount.setScale(scale, RoundingMode.HALF_EVEN);
        this.currency = currency.getCurrencyCode();
    }

    public static Money of(String amount, String currencyCode) {
        if (amount == null || amount.isBlank()) {
            throw new IllegalArgumentException("An amount is required");
        }
        try {
            return new Money(new BigDecimal(amount.trim()), currency(currencyCode));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount: " + amount);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Parses an ISO 4217 code, failing with a message that names the bad code. */
    public static Currency currency(String code) {
        Currency c = known(code);
        if (c == null) {
            throw new IllegalArgumentException(notACurrency(code));
        }
        return c;
    }

    /** Parses an ISO 4217 code that a person or a system sent: a bad code is refused on {@code field}. */
    public static Currency currency(String field, String code) {
        Currency c = known(code);
        if (c == null) {
            throw new DomainRuleViolation(field, "rule.money.currency", "Not an ISO 4217 currency code: {0}", code);
        }
        return c;
    }

    /**
     * Money from what a person or a system sent: an amount and an ISO 4217 code. A bad code is refused on
     * {@code currencyField}, then a missing amount on {@code amountField}, so the caller needs no translating catch.
     */
    public static Money from(String amountField, BigDecimal amount, String currencyField, String currencyCode) {
        Currency c = known(currencyCode);
        if (c == null) {
            throw new DomainRuleViolation(
                    currencyField, "rule.money.currency", "Not an ISO 4217 currency code: {0}", currencyCode);
        }
        if (amount == null) {
            throw new DomainRuleViolation(amountField, "rule.money.amount.required", "An amount is required");
        }
        return new Money(amount, c);
    }

    private static Currency known(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException notIso) {
            return null;
        }
    }

    private static String notACurrency(String code) {
        return "Not an ISO 4217 currency code: " + code;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency());
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency());
    }

    /** Multiplies by a factor (a count, a percentage as a fraction) and rounds to the minor unit. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency());
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
