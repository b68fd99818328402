package org.threepl.portal.domain.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;

/**
 * The checks of one invoice line as sent ({@code lines[i].…}) and of an amount's decimal places, for
 * {@link InvoiceContent#check}.
 */
final class InvoiceLineChecks {

    private InvoiceLineChecks() {}

    static Optional<InvoiceContent.Line> line(
            int i,
            InvoiceContent.LineDraft d,
            Currency currency,
            Map<Integer, Integer> seen,
            List<DomainRuleViolation.Problem> problems) {
        String at = "lines[" + i + "].";
        int before = problems.size();
        if (d.lineNo() == null || d.lineNo() < 1 || d.lineNo() > InvoiceContent.MAX_LINE_NO) {
            problems.add(
                    d.lineNo() == null
                            ? DomainRuleViolation.Problem.of(
                                    at + "lineNo",
                                    "rule.invoice.line.lineNo.required",
                                    "A line number is 1 to {0}",
                                    InvoiceContent.MAX_LINE_NO)
                            : DomainRuleViolation.Problem.of(
                                    at + "lineNo",
                                    "rule.invoice.line.lineNo.range",
                                    "A line number is 1 to {0}; not {1}",
                                    InvoiceContent.MAX_LINE_NO,
                                    d.lineNo()));
        } else if (seen.containsKey(d.lineNo())) {
            problems.add(DomainRuleViolation.Problem.of(
                    at + "lineNo",
                    "rule.invoice.line.lineNo.twice",
                    "Line number {0} is already used by lines[{1}]",
                    d.lineNo(),
                    seen.get(d.lineNo())));
        } else {
            seen.put(d.lineNo(), i);
        }
        Optional<ChargeType> type =
                Enums.parseInto(ChargeType.class, at + "chargeType", "charge type", d.chargeType(), problems);
        String description = d.description() == null ? "" : d.description().strip();
        if (description.isEmpty() || description.length() > InvoiceContent.MAX_DESCRIPTION) {
            problems.add(DomainRuleViolation.Problem.of(
                    at + "description",
                    "rule.invoice.line.description",
                    "A description of 1 to {0} characters is required",
                    InvoiceContent.MAX_DESCRIPTION));
        }
        if (d.currency() != null && currency != null && !d.currency().trim().equals(currency.getCurrencyCode())) {
            problems.add(DomainRuleViolation.Problem.of(
                    at + "currency",
                    "rule.invoice.line.currency",
                    "This line is in {0} but the invoice is in {1}: an invoice has one currency",
                    d.currency().trim(),
                    currency.getCurrencyCode()));
        }
        BigDecimal quantity = d.quantity();
        BigDecimal unitPrice = d.unitPrice();
        int beforeFigures = problems.size();
        if ((quantity == null) != (unitPrice == null)) {
            problems.add(DomainRuleViolation.Problem.of(
                    at + (quantity == null ? "quantity" : "unitPrice"),
                    "rule.invoice.line.quantityAndUnitPrice",
                    "A quantity and a unit price go together: send both or neither"));
        }
        if (quantity != null
                && (quantity.signum() <= 0
                        || decimals(quantity) > 4
                        || quantity.compareTo(InvoiceContent.LIMIT) >= 0)) {
            problems.add(DomainRuleViolation.Problem.of(
                    at + "quantity",
                    "rule.invoice.line.quantity",
                    "A quantity is more than 0, with at most 4 decimal places"));
        }
        if (unitPrice != null && (decimals(unitPrice) > 4 || unitPrice.abs().compareTo(InvoiceContent.LIMIT) >= 0)) {
            problems.add(DomainRuleViolation.Problem.of(
                    at + "unitPrice", "rule.invoice.line.unitPrice", "A unit price has at most 4 decimal places"));
        }
        BigDecimal amount = d.amount();
        if (currency != null && problems.size() == beforeFigures && quantity != null && unitPrice != null) {
            BigDecimal exact = quantity.multiply(unitPrice);
            BigDecimal rounded = exact.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
            if (amount == null) {
                amount = rounded;
            } else if (amount.compareTo(rounded) != 0) {
                problems.add(DomainRuleViolation.Problem.of(
                        at + "amount",
                        "rule.invoice.line.amount.rounding",
                        "{0} × {1} = {2}, which rounds to {3} {4}; the line says {5}",
                        InvoiceContent.plain(quantity),
                        InvoiceContent.plain(unitPrice),
                        InvoiceContent.plain(exact),
                        InvoiceContent.plain(rounded),
                        currency.getCurrencyCode(),
                        InvoiceContent.plain(amount)));
            }
        }
        if (amount == null) {
            if (quantity == null && unitPrice == null) {
                problems.add(DomainRuleViolation.Problem.of(
                        at + "amount",
                        "rule.invoice.line.amount.required",
                        "An amount is required (or a quantity and a unit price)"));
            }
        } else {
            if (currency != null) {
                scale(amount, currency, at + "amount", problems);
            }
            if (amount.abs().compareTo(InvoiceContent.LIMIT) >= 0) {
                problems.add(DomainRuleViolation.Problem.of(
                        at + "amount", "rule.invoice.line.amount.tooLarge", "The amount is too large"));
            }
            if (type.isPresent() && type.get().isCredit() && amount.signum() >= 0) {
                problems.add(DomainRuleViolation.Problem.of(
                        at + "amount", "rule.invoice.line.credit.negative", "A CREDIT line is negative"));
            } else if (type.isPresent() && !type.get().isCredit() && amount.signum() < 0) {
                problems.add(DomainRuleViolation.Problem.of(
                        at + "amount",
                        "rule.invoice.line.charge.notNegative",
                        "A line of type {0} is not negative; a reduction is a CREDIT line",
                        type.get()));
            }
        }
        if (problems.size() > before || currency == null) {
            return Optional.empty();
        }
        return Optional.of(new InvoiceContent.Line(
                d.lineNo(), type.get(), description, d.shipmentId(), quantity, unitPrice, amount));
    }

    static void scale(BigDecimal value, Currency currency, String field, List<DomainRuleViolation.Problem> problems) {
        if (decimals(value) > currency.getDefaultFractionDigits()) {
            problems.add(DomainRuleViolation.Problem.of(
                    field,
                    "rule.invoice.decimals",
                    "{0} has more decimal places than {1} has ({2}): round it to the currency's minor unit",
                    InvoiceContent.plain(value),
                    currency.getCurrencyCode(),
                    currency.getDefaultFractionDigits()));
        }
    }

    private static int decimals(BigDecimal v) {
        return Math.max(0, v.stripTrailingZeros().scale());
    }
}
