package org.threepl.portal.domain.model.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/**
 * What an invoice says, checked: the dates, the one currency, the lines (each amount in that currency, rounded
 * half-even to its minor unit, and equal to quantity × unit price when both are given), and optionally the 3PL's own
 * cost. The total is not stored here but always the sum of the lines. Two contents are equal when they say the same
 * (amounts compared by value), which is how a re-sent invoice is recognised as unchanged.
 *
 * @param contractId the client contract it bills under, if named
 * @param cost the 3PL's own cost of what was invoiced (internal; null when not sent)
 * @param tax the tax charged on top of the lines (zero when none); the client pays the lines plus the tax
 * @param paidOn the day the billing system saw the invoice paid, if it has been
 */
public record InvoiceContent(
        Long contractId,
        LocalDate issuedOn,
        LocalDate dueOn,
        Currency currency,
        List<Line> lines,
        BigDecimal cost,
        BigDecimal tax,
        LocalDate paidOn) {

    public static final int MAX_LINES = 1000;
    public static final int MAX_LINE_NO = 99_999;
    public static final int MAX_DESCRIPTION = 500;
    /** numeric(19, 4): 15 digits before the point. */
    static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    /**
     * One line as stored: amounts normalised (no trailing zeros), so that equal values compare equal.
     *
     * @param shipmentId the client's shipment it charges for, if any
     */
    public record Line(
            int lineNo,
            ChargeType chargeType,
            String description,
            Long shipmentId,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount) {
        public Line {
            if (lineNo < 1) {
                throw new IllegalArgumentException("A line number is 1 or more");
            }
            Objects.requireNonNull(chargeType, "chargeType");
            Objects.requireNonNull(description, "description");
            quantity = normal(quantity);
            unitPrice = normal(unitPrice);
            amount = normal(Objects.requireNonNull(amount, "amount"));
        }
    }

    /** A line as sent, unchecked; {@code currency}, when sent, must be the invoice's. */
    public record LineDraft(
            Integer lineNo,
            String chargeType,
            String description,
            Long shipmentId,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            String currency) {}

    /** An invoice as sent, unchecked; {@code total}, when sent, must be the sum of the lines (net of {@code tax}). */
    public record Draft(
            Long contractId,
            LocalDate issuedOn,
            LocalDate dueOn,
            String currency,
            BigDecimal total,
            BigDecimal cost,
            List<LineDraft> lines,
            BigDecimal tax,
            LocalDate paidOn) {

        /** A draft of an unpaid invoice without tax. */
        public Draft(
                Long contractId,
                LocalDate issuedOn,
                LocalDate dueOn,
                String currency,
                BigDecimal total,
                BigDecimal cost,
                List<LineDraft> lines) {
            this(contractId, issuedOn, dueOn, currency, total, cost, lines, null, null);
        }
    }

    public InvoiceContent {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(currency, "currency");
        if (dueOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("An invoice is not due before it is issued");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice has at least one line");
        }
        lines = lines.stream()
                .sorted(java.util.Comparator.comparingInt(Line::lineNo))
                .toList();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).lineNo() == lines.get(i - 1).lineNo()) {
                throw new IllegalArgumentException("Line number " + lines.get(i).lineNo() + " twice");
            }
        }
        cost = normal(cost);
        tax = normal(tax == null ? BigDecimal.ZERO : tax);
        if (tax.signum() < 0) {
            throw new IllegalArgumentException("Tax is not negative");
        }
        if (paidOn != null && paidOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("An invoice is not paid before it is issued");
        }
    }

    /** What the client pays: the lines plus the tax. */
    public Money gross() {
        return total().plus(new Money(tax, currency));
    }

    /** The sum of the lines, in the invoice's currency. */
    public Money total() {
        return new Money(lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    public Optional<Money> costMoney() {
        return Optional.ofNullable(cost).map(c -> new Money(c, currency));
    }

    /**
     * Checks a draft as a whole and returns its content, or refuses it with every problem found, together with the
     * {@code found} ones the caller found first (e.g. unknown shipments), each naming its field as the API does
     * ({@code lines[2].amount}).
     */
    public static InvoiceContent check(Draft draft, List<DomainRuleViolation.Problem> found) {
        List<DomainRuleViolation.Problem> problems = new ArrayList<>(found);
        Currency currency = null;
        try {
            currency = Money.currency(
                    "currency",
                    draft.currency() == null ? null : draft.currency().trim());
            if (currency.getDefaultFractionDigits() < 0) {
                problems.add(DomainRuleViolation.Problem.of(
                        "currency",
                        "rule.invoice.currency.notInvoiceable",
                        "{0} is not a currency to invoice in",
                        currency.getCurrencyCode()));
                currency = null;
            }
        } catch (DomainRuleViolation e) {
            problems.addAll(e.problems());
        }
        if (draft.issuedOn() == null) {
            problems.add(DomainRuleViolation.Problem.of(
                    "issuedOn", "rule.invoice.issuedOn.required", "The day the invoice was issued is required"));
        }
        if (draft.dueOn() == null) {
            problems.add(DomainRuleViolation.Problem.of(
                    "dueOn", "rule.invoice.dueOn.required", "The day the invoice is due is required"));
        } else if (draft.issuedOn() != null && draft.dueOn().isBefore(draft.issuedOn())) {
            problems.add(DomainRuleViolation.Problem.of(
                    "dueOn",
                    "rule.invoice.dueOn.beforeIssued",
                    "An invoice is not due ({0}) before it is issued ({1})",
                    draft.dueOn(),
                    draft.issuedOn()));
        }
        List<LineDraft> drafts = draft.lines() == null ? List.of() : draft.lines();
        if (drafts.isEmpty() || drafts.size() > MAX_LINES) {
            problems.add(DomainRuleViolation.Problem.of(
                    "lines",
                    "rule.invoice.lines.count",
                    "An invoice has 1 to {0} lines; this one has {1}",
                    MAX_LINES,
                    drafts.size()));
        }
        List<Line> lines = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            LineDraft d = drafts.get(i);
            if (d == null) {
                problems.add(
                        DomainRuleViolation.Problem.of("lines[" + i + "]", "rule.invoice.line.empty", "An empty line"));
                continue;
            }
            InvoiceLineChecks.line(i, d, currency, seen, problems).ifPresent(lines::add);
        }
        BigDecimal sum = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (currency != null && lines.size() == drafts.size() && !drafts.isEmpty()) {
            if (draft.total() != null && draft.total().compareTo(sum) != 0) {
                problems.add(DomainRuleViolation.Problem.of(
                        "total",
                        "rule.invoice.total.notTheSum",
                        "The lines add up to {0} {1}, not {2}: the total is the sum of the lines",
                        plain(sum),
                        currency.getCurrencyCode(),
                        plain(draft.total())));
            }
            if (sum.signum() < 0) {
                problems.add(DomainRuleViolation.Problem.of(
                        "total",
                        "rule.invoice.total.negative",
                        "The lines add up to {0} {1}: an invoice's total is not negative"
                                + " (a credit reduces the invoice it belongs to)",
                        plain(sum),
                        currency.getCurrencyCode()));
            }
        }
        if (draft.cost() != null) {
            if (draft.cost().signum() < 0) {
                problems.add(DomainRuleViolation.Problem.of(
                        "cost", "rule.invoice.cost.notNegative", "The 3PL's cost is not negative"));
            } else if (currency != null) {
                InvoiceLineChecks.scale(draft.cost(), currency, "cost", problems);
            }
            if (draft.cost().abs().compareTo(LIMIT) >= 0) {
                problems.add(
                        DomainRuleViolation.Problem.of("cost", "rule.invoice.cost.tooLarge", "The cost is too large"));
            }
        }
        if (draft.tax() != null) {
            if (draft.tax().signum() < 0) {
                problems.add(
                        DomainRuleViolation.Problem.of("tax", "rule.invoice.tax.notNegative", "Tax is not negative"));
            } else if (currency != null) {
                InvoiceLineChecks.scale(draft.tax(), currency, "tax", problems);
            }
            if (draft.tax().abs().compareTo(LIMIT) >= 0) {
                problems.add(
                        DomainRuleViolation.Problem.of("tax", "rule.invoice.tax.tooLarge", "The tax is too large"));
            }
        }
        if (draft.paidOn() != null && draft.issuedOn() != null && draft.paidOn().isBefore(draft.issuedOn())) {
            problems.add(DomainRuleViolation.Problem.of(
                    "paidOn",
                    "rule.invoice.paidOn.beforeIssued",
                    "An invoice is not paid ({0}) before it is issued ({1})",
                    draft.paidOn(),
                    draft.issuedOn()));
        }
        if (!problems.isEmpty()) {
            throw new DomainRuleViolation(problems);
        }
        return new InvoiceContent(
                draft.contractId(),
                draft.issuedOn(),
                draft.dueOn(),
                currency,
                lines,
                draft.cost(),
                draft.tax(),
                draft.paidOn());
    }

    /** Without trailing zeros and never in exponent form: equal values are equal objects. */
    static BigDecimal normal(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static String plain(BigDecimal v) {
        return normal(v).toPlainString();
    }
}
