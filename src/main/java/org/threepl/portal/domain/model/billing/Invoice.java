package org.threepl.portal.domain.model.billing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/**
 * An invoice the 3PL's billing system issued to a client: its number (unique per organisation), the issue and due days,
 * one currency, its lines and their total (always the sum of the lines, kept in a column so that revenue per client and
 * period is one query), and optionally the 3PL's own cost of what was invoiced, from which the margin follows; cost and
 * margin are the 3PL's business only.
 *
 * <p>The billing system may send an invoice again: {@link #revise} replaces its content, matching lines by number so
 * that each keeps its id, and refuses to change or drop a line a dispute contests.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    public static final int MAX_NUMBER = 40;
    public static final int MAX_SOURCE = 40;
    private static final String NUMBER_PATTERN = "[A-Za-z0-9][A-Za-z0-9/._-]*";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "invoice_number", nullable = false, length = MAX_NUMBER)
    private String invoiceNumber;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "total_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal totalAmount;

    @Column(name = "cost_amount", precision = 19, scale = 4)
    private BigDecimal costAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal taxAmount;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "source_system", nullable = false, length = MAX_SOURCE)
    private String sourceSystem;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
        // for JPA
    }

    public Invoice(
            Long organisationId,
            String invoiceNumber,
            InvoiceContent content,
            String sourceSystem,
            Instant receivedAt) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        numberProblem(invoiceNumber).ifPresent(p -> {
            throw new DomainRuleViolation(List.of(p));
        });
        this.invoiceNumber = invoiceNumber.trim();
        take(content, sourceSystem, receivedAt);
        content.lines().forEach(l -> lines.add(new InvoiceLine(this, l)));
    }

    /** What is wrong with an invoice number, if anything. */
    public static Optional<DomainRuleViolation.Problem> numberProblem(String number) {
        if (number == null
                || number.isBlank()
                || number.trim().length() > MAX_NUMBER
                || !number.trim().matches(NUMBER_PATTERN)) {
            return Optional.of(DomainRuleViolation.Problem.of(
                    "invoiceNumber",
                    "rule.invoice.number",
                    "An invoice number is 1 to {0} letters, digits, '/', '.', '_' or '-',"
                            + " starting with a letter or digit",
                    MAX_NUMBER));
        }
        return Optional.empty();
    }

    /**
     * Replaces what the invoice says with {@code content}. Lines are matched by number: a line that stays keeps its id,
     * new numbers are added, missing ones removed. A line a dispute contests (its id in {@code contested}) must come
     * again unchanged, and then the currency cannot change either.
     *
     * @return false when the content is the same as before (nothing changes, not even the version)
     */
    public boolean revise(InvoiceContent content, Collection<Long> contested, String sourceSystem, Instant receivedAt) {
        if (content.equals(content())) {
            return false;
        }
        Map<Integer, InvoiceContent.Line> incoming =
                content.lines().stream().collect(Collectors.toMap(InvoiceContent.Line::lineNo, Function.identity()));
        List<DomainRuleViolation.Problem> problems = new ArrayList<>();
        for (InvoiceLine line : lines) {
            if (contested.contains(line.id())) {
                InvoiceContent.Line now = incoming.get(line.lineNo());
                if (now == null || !now.equals(line.content())) {
                    problems.add(
                            now == null
                                    ? DomainRuleViolation.Problem.of(
                                            "lines",
                                            "rule.invoice.line.contested.removed",
                                            "Line {0} is contested by a dispute: it cannot be removed"
                                                    + " until the dispute ends; send a CREDIT line instead",
                                            line.lineNo())
                                    : DomainRuleViolation.Problem.of(
                                            "lines",
                                            "rule.invoice.line.contested.changed",
                                            "Line {0} is contested by a dispute: it cannot be changed"
                                                    + " until the dispute ends; send a CREDIT line instead",
                                            line.lineNo()));
                }
                if (!content.currency().getCurrencyCode().equals(currency)) {
                    problems.add(DomainRuleViolation.Problem.of(
                            "currency",
                            "rule.invoice.currency.contested",
                            "Line {0} is contested by a dispute: the invoice's currency cannot change",
                            line.lineNo()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainRuleViolation(problems.stream().distinct().toList());
        }
        lines.removeIf(l -> !incoming.containsKey(l.lineNo()));
        Map<Integer, InvoiceLine> kept =
                lines.stream().collect(Collectors.toMap(InvoiceLine::lineNo, Function.identity()));
        for (InvoiceContent.Line l : content.lines()) {
            InvoiceLine existing = kept.get(l.lineNo());
            if (existing == null) {
                lines.add(new InvoiceLine(this, l));
            } else {
                existing.apply(l);
            }
        }
        take(content, sourceSystem, receivedAt);
        return true;
    }

    private void take(InvoiceContent content, String sourceSystem, Instant receivedAt) {
        this.contractId = content.contractId();
        this.issuedOn = content.issuedOn();
        this.dueOn = content.dueOn();
        this.currency = content.currency().getCurrencyCode();
        this.totalAmount = content.total().amount();
        this.costAmount = content.cost();
        this.taxAmount = content.tax();
        this.paidOn = content.paidOn();
        this.sourceSystem = sourceSystem == null || sourceSystem.isBlank()
                ? "api"
                : sourceSystem
                        .strip()
                        .substring(0, Math.min(MAX_SOURCE, sourceSystem.strip().length()));
        // the received time changes with every revision, which also moves the version (the lines are the inverse side)
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** What the invoice says now. */
    public InvoiceContent content() {
        return new InvoiceContent(
                contractId,
                issuedOn,
                dueOn,
                currency(),
                lines.stream().map(InvoiceLine::content).toList(),
                costAmount,
                taxAmount,
                paidOn);
    }

    public Money total() {
        return new Money(totalAmount, currency());
    }

    /** The tax charged on top of the lines. */
    public Money tax() {
        return new Money(taxAmount, currency());
    }

    /** What the client pays: the lines plus the tax. */
    public Money gross() {
        return total().plus(tax());
    }

    /** Where the invoice stands on {@code today}, given what settled disputes have credited against it. */
    public InvoiceStatus status(LocalDate today, Money credited) {
        return InvoiceStatus.of(dueOn, paidOn, gross().amount(), credited.amount(), today);
    }

    /** The 3PL's own cost, if the billing system sent it: internal, never for the client's eyes. */
    public Optional<Money> cost() {
        return Optional.ofNullable(costAmount).map(c -> new Money(c, currency()));
    }

    /** Total minus cost: the 3PL's margin on the invoice, when the cost is known. */
    public Optional<Money> margin() {
        return cost().map(c -> total().minus(c));
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long contractId() {
        return contractId;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    public String sourceSystem() {
        return sourceSystem;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public int version() {
        return version;
    }

    public List<InvoiceLine> lines() {
        return List.copyOf(lines);
    }
}
