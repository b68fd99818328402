package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
        churnRate = lifetime.churn().annual();
        clvFormula = lifetime.formula();
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
}
