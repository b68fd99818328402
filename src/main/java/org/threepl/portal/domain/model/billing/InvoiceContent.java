package org.threepl.portal.domain.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;
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
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

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
                problems.add(new DomainRuleViolation.Problem(
                        "currency", currency.getCurrencyCode() + " is not a currency to invoice in"));
                currency = null;
            }
        } catch (DomainRuleViolation e) {
            problems.add(new DomainRuleViolation.Problem(e.field(), e.getMessage()));
        }
        if (draft.issuedOn() == null) {
            problems.add(new DomainRuleViolation.Problem("issuedOn", "The day the invoice was issued is required"));
        }
        if (draft.dueOn() == null) {
            problems.add(new DomainRuleViolation.Problem("dueOn", "The day the invoice is due is required"));
        } else if (draft.issuedOn() != null && draft.dueOn().isBefore(draft.issuedOn())) {
            problems.add(new DomainRuleViolation.Problem(
                    "dueOn",
                    "An invoice is not due (" + draft.dueOn() + ") before it is issued (" + draft.issuedOn() + ")"));
        }
        List<LineDraft> drafts = draft.lines() == null ? List.of() : draft.lines();
        if (drafts.isEmpty() || drafts.size() > MAX_LINES) {
            problems.add(new DomainRuleViolation.Problem(
                    "lines", "An invoice has 1 to " + MAX_LINES + " lines; this one has " + drafts.size()));
        }
        List<Line> lines = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            LineDraft d = drafts.get(i);
            if (d == null) {
                problems.add(new DomainRuleViolation.Problem("lines[" + i + "]", "An empty line"));
                continue;
            }
            line(i, d, currency, seen, problems).ifPresent(lines::add);
        }
        BigDecimal sum = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (currency != null && lines.size() == drafts.size() && !drafts.isEmpty()) {
            if (draft.total() != null && draft.total().compareTo(sum) != 0) {
                problems.add(new DomainRuleViolation.Problem(
                        "total",
                        "The lines add up to " + plain(sum) + " " + currency.getCurrencyCode() + ", not "
                                + plain(draft.total()) + ": the total is the sum of the lines"));
            }
            if (sum.signum() < 0) {
                problems.add(new DomainRuleViolation.Problem(
                        "total",
                        "The lines add up to " + plain(sum) + " " + currency.getCurrencyCode()
                                + ": an invoice's total is not negative (a credit reduces the invoice it belongs to)"));
            }
        }
        if (draft.cost() != null) {
            if (draft.cost().signum() < 0) {
                problems.add(new DomainRuleViolation.Problem("cost", "The 3PL's cost is not negative"));
            } else if (currency != null) {
                scale(draft.cost(), currency, "cost", problems);
            }
            if (draft.cost().abs().compareTo(LIMIT) >= 0) {
                problems.add(new DomainRuleViolation.Problem("cost", "The cost is too large"));
            }
        }
        if (draft.tax() != null) {
            if (draft.tax().signum() < 0) {
                problems.add(new DomainRuleViolation.Problem("tax", "Tax is not negative"));
            } else if (currency != null) {
                scale(draft.tax(), currency, "tax", problems);
            }
            if (draft.tax().abs().compareTo(LIMIT) >= 0) {
                problems.add(new DomainRuleViolation.Problem("tax", "The tax is too large"));
            }
        }
        if (draft.paidOn() != null && draft.issuedOn() != null && draft.paidOn().isBefore(draft.issuedOn())) {
            problems.add(new DomainRuleViolation.Problem(
                    "paidOn",
                    "An invoice is not paid (" + draft.paidOn() + ") before it is issued (" + draft.issuedOn() + ")"));
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

    private static Optional<Line> line(
            int i,
            LineDraft d,
            Currency currency,
            Map<Integer, Integer> seen,
            List<DomainRuleViolation.Problem> problems) {
        String at = "lines[" + i + "].";
        int before = problems.size();
        if (d.lineNo() == null || d.lineNo() < 1 || d.lineNo() > MAX_LINE_NO) {
            problems.add(new DomainRuleViolation.Problem(
                    at + "lineNo",
                    "A line number is 1 to " + MAX_LINE_NO + (d.lineNo() == null ? "" : "; not " + d.lineNo())));
        } else if (seen.containsKey(d.lineNo())) {
            problems.add(new DomainRuleViolation.Problem(
                    at + "lineNo",
                    "Line number " + d.lineNo() + " is already used by lines[" + seen.get(d.lineNo()) + "]"));
        } else {
            seen.put(d.lineNo(), i);
        }
        Optional<ChargeType> type =
                Enums.parseInto(ChargeType.class, at + "chargeType", "charge type", d.chargeType(), problems);
        String description = d.description() == null ? "" : d.description().strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            problems.add(new DomainRuleViolation.Problem(
                    at + "description", "A description of 1 to " + MAX_DESCRIPTION + " characters is required"));
        }
        if (d.currency() != null && currency != null && !d.currency().trim().equals(currency.getCurrencyCode())) {
            problems.add(new DomainRuleViolation.Problem(
                    at + "currency",
                    "This line is in " + d.currency().trim() + " but the invoice is in " + currency.getCurrencyCode()
                            + ": an invoice has one currency"));
        }
        BigDecimal quantity = d.quantity();
        BigDecimal unitPrice = d.unitPrice();
        int beforeFigures = problems.size();
        if ((quantity == null) != (unitPrice == null)) {
            problems.add(new DomainRuleViolation.Problem(
                    at + (quantity == null ? "quantity" : "unitPrice"),
                    "A quantity and a unit price go together: send both or neither"));
        }
        if (quantity != null && (quantity.signum() <= 0 || decimals(quantity) > 4 || quantity.compareTo(LIMIT) >= 0)) {
            problems.add(new DomainRuleViolation.Problem(
                    at + "quantity", "A quantity is more than 0, with at most 4 decimal places"));
        }
        if (unitPrice != null && (decimals(unitPrice) > 4 || unitPrice.abs().compareTo(LIMIT) >= 0)) {
            problems.add(
                    new DomainRuleViolation.Problem(at + "unitPrice", "A unit price has at most 4 decimal places"));
        }
        BigDecimal amount = d.amount();
        if (currency != null && problems.size() == beforeFigures && quantity != null && unitPrice != null) {
            BigDecimal exact = quantity.multiply(unitPrice);
            BigDecimal rounded = exact.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
            if (amount == null) {
                amount = rounded;
            } else if (amount.compareTo(rounded) != 0) {
                problems.add(new DomainRuleViolation.Problem(
                        at + "amount",
                        plain(quantity) + " × " + plain(unitPrice) + " = " + plain(exact) + ", which rounds to "
                                + plain(rounded) + " " + currency.getCurrencyCode() + "; the line says "
                                + plain(amount)));
            }
        }
        if (amount == null) {
            if (quantity == null && unitPrice == null) {
                problems.add(new DomainRuleViolation.Problem(
                        at + "amount", "An amount is required (or a quantity and a unit price)"));
            }
        } else {
            if (currency != null) {
                scale(amount, currency, at + "amount", problems);
            }
            if (amount.abs().compareTo(LIMIT) >= 0) {
                problems.add(new DomainRuleViolation.Problem(at + "amount", "The amount is too large"));
            }
            if (type.isPresent() && type.get().isCredit() && amount.signum() >= 0) {
                problems.add(new DomainRuleViolation.Problem(at + "amount", "A CREDIT line is negative"));
            } else if (type.isPresent() && !type.get().isCredit() && amount.signum() < 0) {
                problems.add(new DomainRuleViolation.Problem(
                        at + "amount",
                        "A line of type " + type.get() + " is not negative; a reduction is a CREDIT line"));
            }
        }
        if (problems.size() > before || currency == null) {
            return Optional.empty();
        }
        return Optional.of(new Line(d.lineNo(), type.get(), description, d.shipmentId(), quantity, unitPrice, amount));
    }

    private static void scale(
            BigDecimal value, Currency currency, String field, List<DomainRuleViolation.Problem> problems) {
        if (decimals(value) > currency.getDefaultFractionDigits()) {
            problems.add(new DomainRuleViolation.Problem(
                    field,
                    plain(value) + " has more decimal places than " + currency.getCurrencyCode() + " has ("
                            + currency.getDefaultFractionDigits() + "): round it to the currency's minor unit"));
        }
    }

    private static int decimals(BigDecimal v) {
        return Math.max(0, v.stripTrailingZeros().scale());
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
