package org.threepl.portal.domain.model.billing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.shared.Money;

/**
 * Money the service levels, a dispute or a partnership tier moved between the 3PL and a client, as a document the
 * client sees with its invoices and the billing system reads: a credit note (to the client) or a charge (an SLA bonus
 * the client owes), with its lines, linked to its cause. Issued once and never changed: the database keeps one per
 * cause ({@code cause} + {@code causeKey}), so two servers never issue it twice.
 */
@Entity
@Table(name = "billing_adjustment")
public class BillingAdjustment {

    /** Which way the money goes. */
    public enum Direction {
        /** The 3PL owes the client: a credit note. */
        CREDIT,
        /** The client owes the 3PL: an SLA bonus. */
        CHARGE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_adjustment_seq")
    @SequenceGenerator(name = "billing_adjustment_seq", sequenceName = "billing_adjustment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "adjustment_number", nullable = false, updatable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause", nullable = false, updatable = false, length = 24)
    private AdjustmentCause cause;

    @Column(name = "cause_key", nullable = false, updatable = false, length = 100)
    private String causeKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, updatable = false, length = 8)
    private Direction direction;

    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "total", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "invoice_id", updatable = false)
    private Long invoiceId;

    @Column(name = "dispute_id", updatable = false)
    private Long disputeId;

    @Column(name = "sla_term_id", updatable = false)
    private Long slaTermId;

    @Column(name = "period_start", updatable = false)
    private LocalDate periodStart;

    @Column(name = "tier_code", updatable = false, length = 40)
    private String tierCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "billing_adjustment_line", joinColumns = @JoinColumn(name = "adjustment_id"))
    @OrderColumn(name = "line_no")
    private List<AdjustmentLine> lines = new ArrayList<>();

    protected BillingAdjustment() {
        // for JPA
    }

    private BillingAdjustment(
            Long organisationId,
            String number,
            AdjustmentCause cause,
            String causeKey,
            Direction direction,
            Money amount,
            Message line,
            LocalDate issuedOn,
            Instant at) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        if (number == null || number.isBlank() || number.length() > 20) {
            throw new DomainRuleViolation(
                    "number", "rule.adjustment.number", "An adjustment has a number of 1 to 20 characters");
        }
        this.number = number;
        this.cause = Objects.requireNonNull(cause, "cause");
        this.causeKey = Objects.requireNonNull(causeKey, "causeKey");
        this.direction = Objects.requireNonNull(direction, "direction");
        if (amount == null || amount.amount().signum() <= 0) {
            throw new DomainRuleViolation(
                    "amount", "rule.adjustment.amount.positive", "An adjustment moves an amount above zero");
        }
        this.currency = amount.currency().getCurrencyCode();
        this.total = amount.amount();
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        this.createdAt = Objects.requireNonNull(at, "at");
        lines.add(new AdjustmentLine(line, amount.amount()));
    }

    /**
     * A closed SLA period's bonus–malus: a {@code penalty} is a credit note of its amount, a bonus a charge; one per
     * term and period.
     */
    public static BillingAdjustment forSlaPeriod(
            Long organisationId,
            String number,
            long termId,
            LocalDate periodStart,
            boolean penalty,
            Money amount,
            Message line,
            LocalDate issuedOn,
            Instant at) {
        BillingAdjustment a = new BillingAdjustment(
                organisationId,
                number,
                AdjustmentCause.SLA_PERIOD,
                "term:" + termId + ":" + Objects.requireNonNull(periodStart, "periodStart"),
                penalty ? Direction.CREDIT : Direction.CHARGE,
                amount,
                line,
                issuedOn,
                at);
        a.slaTermId = termId;
        a.periodStart = periodStart;
        return a;
    }

    /**
     * A settled dispute's credit note, under the number the settlement gave it; linked to the disputed invoice when
     * there is one.
     */
    public static BillingAdjustment forSettlement(
            Long organisationId,
            String creditNoteNumber,
            long disputeId,
            Long invoiceId,
            Money amount,
            Message line,
            LocalDate issuedOn,
            Instant at) {
        BillingAdjustment a = new BillingAdjustment(
                organisationId,
                creditNoteNumber,
                AdjustmentCause.DISPUTE_SETTLEMENT,
                "dispute:" + disputeId,
                Direction.CREDIT,
                amount,
                line,
                issuedOn,
                at);
        a.disputeId = disputeId;
        a.invoiceId = invoiceId;
        return a;
    }

    /**
     * The tier's price incentive on one invoice: {@code percent} of its total (rounded to the currency's minor unit),
     * as a credit note; one per invoice.
     */
    public static BillingAdjustment forTierIncentive(
            Long organisationId,
            String number,
            long invoiceId,
            String tierCode,
            BigDecimal percent,
            Money invoiceTotal,
            Message line,
            LocalDate issuedOn,
            Instant at) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainRuleViolation(
                    "percent", "rule.adjustment.percent", "A price incentive is above 0 and at most 100 %");
        }
        Money amount = new Money(
                invoiceTotal.amount().multiply(percent).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_EVEN),
                invoiceTotal.currency());
        BillingAdjustment a = new BillingAdjustment(
                organisationId,
                number,
                AdjustmentCause.TIER_INCENTIVE,
                "invoice:" + invoiceId,
                Direction.CREDIT,
                amount,
                line,
                issuedOn,
                at);
        a.invoiceId = invoiceId;
        a.tierCode = Objects.requireNonNull(tierCode, "tierCode");
        return a;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String number() {
        return number;
    }

    public AdjustmentCause cause() {
        return cause;
    }

    public String causeKey() {
        return causeKey;
    }

    public Direction direction() {
        return direction;
    }

    public Money total() {
        return new Money(total, Money.currency(currency));
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Long invoiceId() {
        return invoiceId;
    }

    public Long disputeId() {
        return disputeId;
    }

    public Long slaTermId() {
        return slaTermId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public String tierCode() {
        return tierCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<AdjustmentLine> lines() {
        return List.copyOf(lines);
    }
}
