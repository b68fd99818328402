package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.domain.model.shared.Message;

/**
 * What a {@link RelationshipSnapshot}'s client is worth: its value on the configured basis with the revenue and margin
 * behind it, its value segment and rank among the clients, and its lifetime value with its inputs; amounts in the
 * reporting currency.
 */
@Embeddable
public class ValueFigures {

    @Enumerated(EnumType.STRING)
    @Column(name = "segment", nullable = false, length = 16)
    private ValueSegment segment;

    @Column(name = "segment_rank", nullable = false)
    private int segmentRank;

    @Column(name = "segment_clients", nullable = false)
    private int segmentClients;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_basis", nullable = false, length = 8)
    private Valuation.Basis valueBasis;

    @Column(name = "value_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal valueAmount;

    @Column(name = "revenue", nullable = false, precision = 19, scale = 2)
    private BigDecimal revenue;

    @Column(name = "margin", nullable = false, precision = 19, scale = 2)
    private BigDecimal margin;

    @Column(name = "reporting_currency", nullable = false, length = 3)
    private String reportingCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_source", nullable = false, length = 16)
    private Valuation.Source valueSource;

    @Column(name = "value_note", nullable = false, length = 4000)
    private Message valueNote;

    @Column(name = "clv", nullable = false, precision = 19, scale = 2)
    private BigDecimal clv;

    @Column(name = "margin_per_month", nullable = false, precision = 19, scale = 2)
    private BigDecimal marginPerMonth;

    @Column(name = "expected_months", nullable = false, precision = 9, scale = 2)
    private BigDecimal expectedMonths;

    @Column(name = "churn_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal churnRate;

    @Column(name = "clv_formula", nullable = false, length = 4000)
    private Message clvFormula;

    // the figures below are null in the snapshots taken before lifetime value was computed per client (V38)

    @Column(name = "margin_estimated")
    private Boolean marginEstimated;

    @Column(name = "retention_rate", precision = 7, scale = 4)
    private BigDecimal retentionRate;

    @Column(name = "retention_reason", length = 4000)
    private Message retentionReason;

    @Column(name = "certain_months", precision = 9, scale = 2)
    private BigDecimal certainMonths;

    @Column(name = "discounted_months", precision = 9, scale = 2)
    private BigDecimal discountedMonths;

    @Column(name = "discount_rate", precision = 7, scale = 4)
    private BigDecimal discountRate;

    @Column(name = "purchase_value", precision = 19, scale = 2)
    private BigDecimal purchaseValue;

    @Column(name = "purchase_note", length = 4000)
    private Message purchaseNote;

    @Column(name = "transaction_value", precision = 19, scale = 2)
    private BigDecimal transactionValue;

    @Column(name = "transaction_note", length = 4000)
    private Message transactionNote;

    @Column(name = "information_score")
    private Integer informationScore;

    @Column(name = "information_note", length = 4000)
    private Message informationNote;

    protected ValueFigures() {
        // for JPA
    }

    ValueFigures(
            ValueSegmentation.Placement placement,
            Valuation.Basis basis,
            Valuation valuation,
            CustomerLifetimeValue.Figure lifetime,
            String reportingCurrency) {
        segment = placement.segment();
        segmentRank = placement.rank();
        segmentClients = placement.clients();
        valueBasis = basis;
        valueAmount = valuation.value(basis);
        revenue = valuation.revenue().setScale(2, RoundingMode.HALF_EVEN);
        margin = valuation.margin();
        this.reportingCurrency = reportingCurrency;
        valueSource = valuation.source();
        valueNote = Message.of("explain.list", Message.nested(valuation.explain()), Message.nested(placement.reason()));
        clv = lifetime.value();
        marginPerMonth = lifetime.marginPerMonth();
        expectedMonths = lifetime.expectedRemainingMonths();
        churnRate = lifetime.retention().annualChurn();
        clvFormula = lifetime.formula();
        marginEstimated = lifetime.marginEstimated();
        retentionRate = lifetime.retention().annualRetention();
        retentionReason = lifetime.retention().reason();
        certainMonths = lifetime.certainMonths();
        discountedMonths = lifetime.discountedMonths();
        discountRate = lifetime.annualDiscountRate();
        var purchase = lifetime.component(ValueComponent.PURCHASE);
        purchaseValue = purchase.figure();
        purchaseNote = purchase.how();
        var transaction = lifetime.component(ValueComponent.TRANSACTION);
        transactionValue = transaction.figure();
        transactionNote = transaction.how();
        var information = lifetime.component(ValueComponent.INFORMATION);
        informationScore = information.figure().intValue();
        informationNote = information.how();
    }

    public ValueSegment segment() {
        return segment;
    }

    public int segmentRank() {
        return segmentRank;
    }

    public int segmentClients() {
        return segmentClients;
    }

    public Valuation.Basis valueBasis() {
        return valueBasis;
    }

    public BigDecimal valueAmount() {
        return valueAmount;
    }

    public BigDecimal revenue() {
        return revenue;
    }

    public BigDecimal margin() {
        return margin;
    }

    public String reportingCurrency() {
        return reportingCurrency;
    }

    public Valuation.Source valueSource() {
        return valueSource;
    }

    public Message valueNote() {
        return valueNote;
    }

    public BigDecimal clv() {
        return clv;
    }

    public BigDecimal marginPerMonth() {
        return marginPerMonth;
    }

    public BigDecimal expectedMonths() {
        return expectedMonths;
    }

    public BigDecimal churnRate() {
        return churnRate;
    }

    public Message clvFormula() {
        return clvFormula;
    }

    /** The client's own annual retention and how it was found; empty in a snapshot taken before it was computed. */
    public Optional<CustomerLifetimeValue.Retention> retention() {
        return retentionRate == null
                ? Optional.empty()
                : Optional.of(new CustomerLifetimeValue.Retention(churnRate, retentionRate, retentionReason));
    }

    /** Whether part of the margin was estimated at the default rate (no cost sent); null in an older snapshot. */
    public Boolean marginEstimated() {
        return marginEstimated;
    }

    public BigDecimal certainMonths() {
        return certainMonths;
    }

    public BigDecimal discountedMonths() {
        return discountedMonths;
    }

    public BigDecimal discountRate() {
        return discountRate;
    }

    /** The lifetime value's components; empty in a snapshot taken before they were computed. */
    public List<CustomerLifetimeValue.Component> components() {
        if (purchaseValue == null) {
            return List.of();
        }
        return List.of(
                new CustomerLifetimeValue.Component(
                        ValueComponent.PURCHASE, ValueComponent.Measure.MONEY, purchaseValue, purchaseNote),
                new CustomerLifetimeValue.Component(
                        ValueComponent.TRANSACTION, ValueComponent.Measure.MONEY, transactionValue, transactionNote),
                new CustomerLifetimeValue.Component(
                        ValueComponent.INFORMATION,
                        ValueComponent.Measure.SCORE,
                        BigDecimal.valueOf(informationScore),
                        informationNote),
                CustomerLifetimeValue.notMeasured(ValueComponent.REFERRAL),
                CustomerLifetimeValue.notMeasured(ValueComponent.KNOWLEDGE));
    }
}
