package org.threepl.portal.domain.model.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Money;

/**
 * One line of an {@link Invoice}: its number on the invoice, what it charges for, optionally the client's shipment it
 * concerns, quantity × unit price, and the amount in the invoice's currency. Its id stays the same when the invoice is
 * sent again (lines are matched by number), because billing disputes point at it. It repeats the invoice's
 * organisation, so that a line is found within a tenant without a join.
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_line_seq")
    @SequenceGenerator(name = "invoice_line_seq", sequenceName = "invoice_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_type", nullable = false, length = 24)
    private ChargeType chargeType;

    @Column(name = "description", nullable = false, length = InvoiceContent.MAX_DESCRIPTION)
    private String description;

    @Column(name = "shipment_id")
    private Long shipmentId;

    @Column(name = "quantity", precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "unit_price", precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected InvoiceLine() {
        // for JPA
    }

    InvoiceLine(Invoice invoice, InvoiceContent.Line line) {
        this.invoice = Objects.requireNonNull(invoice, "invoice");
        this.organisationId = invoice.organisationId();
        this.lineNo = line.lineNo();
        apply(line);
    }

    /** Takes the line's new content (same line number). */
    void apply(InvoiceContent.Line line) {
        if (line.lineNo() != lineNo) {
            throw new IllegalArgumentException("Line " + lineNo + " cannot become line " + line.lineNo());
        }
        this.chargeType = line.chargeType();
        this.description = line.description();
        this.shipmentId = line.shipmentId();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.amount = line.amount();
    }

    /** What the line says, as {@link InvoiceContent} states it. */
    public InvoiceContent.Line content() {
        return new InvoiceContent.Line(lineNo, chargeType, description, shipmentId, quantity, unitPrice, amount);
    }

    public Long id() {
        return id;
    }

    public Invoice invoice() {
        return invoice;
    }

    public Long organisationId() {
        return organisationId;
    }

    public int lineNo() {
        return lineNo;
    }

    public ChargeType chargeType() {
        return chargeType;
    }

    public String description() {
        return description;
    }

    public Long shipmentId() {
        return shipmentId;
    }

    public BigDecimal quantity() {
        return quantity == null ? null : InvoiceContent.normal(quantity);
    }

    public BigDecimal unitPrice() {
        return unitPrice == null ? null : InvoiceContent.normal(unitPrice);
    }

    public Money amount() {
        return new Money(amount, invoice.currency());
    }
}
