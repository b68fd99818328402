package org.threepl.portal.application.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.domain.model.billing.InvoiceStatus;

/**
 * The read models of invoices. {@code cost} and {@code margin} are filled for the 3PL's callers only; for a client they
 * are null, and the API leaves null properties out, so a client's answer never mentions them.
 */
public final class InvoiceViews {

    private InvoiceViews() {}

    /**
     * An invoice in a list: {@code total} is the sum of the lines (net), {@code gross} adds the tax; its status on the
     * day asked.
     */
    public record InvoiceSummary(
            Long id,
            Long organisationId,
            String organisationCode,
            String organisationName,
            String invoiceNumber,
            LocalDate issuedOn,
            LocalDate dueOn,
            String currency,
            BigDecimal total,
            BigDecimal tax,
            BigDecimal gross,
            InvoiceStatus status,
            LocalDate paidOn,
            BigDecimal cost,
            BigDecimal margin,
            int version) {}

    /**
     * One invoice with its lines, what it asks (net, tax, gross), the credit notes settled disputes issued against it
     * and what remains to pay ({@code balance}: gross minus credits, zero once paid), the lines' subtotal per charge
     * type and whether any line carries a quantity or a shipment (the columns worth showing).
     */
    public record InvoiceDetail(
            Long id,
            Long organisationId,
            String organisationCode,
            String organisationName,
            Long contractId,
            String invoiceNumber,
            LocalDate issuedOn,
            LocalDate dueOn,
            String currency,
            BigDecimal total,
            BigDecimal tax,
            BigDecimal gross,
            InvoiceStatus status,
            LocalDate paidOn,
            BigDecimal credited,
            BigDecimal balance,
            BigDecimal cost,
            BigDecimal margin,
            String sourceSystem,
            Instant receivedAt,
            List<LineView> lines,
            List<ChargeTotal> byCharge,
            List<CreditNoteView> creditNotes,
            boolean linesHaveQuantities,
            boolean linesHaveShipments,
            int version) {}

    /** The lines of one charge type: how many and their sum. */
    public record ChargeTotal(String chargeType, int lines, BigDecimal amount) {}

    /** A credit note a settled dispute issued against the invoice. */
    public record CreditNoteView(Long disputeId, String claimNumber, String creditNoteNumber, BigDecimal amount) {}

    /** A line of an invoice, with the disputes that name it. */
    public record LineView(
            Long id,
            int lineNo,
            String chargeType,
            String description,
            Long shipmentId,
            String shipmentReference,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            List<ContestView> disputes) {}

    /** A dispute that names a line. */
    public record ContestView(Long disputeId, String claimNumber, String state) {}

    /**
     * An invoice line as a dispute shows it: which invoice (number and day), which line, what it charges and how much.
     */
    public record LineRef(
            Long id,
            Long invoiceId,
            String invoiceNumber,
            LocalDate issuedOn,
            int lineNo,
            String chargeType,
            String description,
            BigDecimal amount,
            String currency) {
        public static LineRef of(org.threepl.portal.application.billing.InvoiceRepository.LineRow r) {
            return new LineRef(
                    r.id(),
                    r.invoiceId(),
                    r.invoiceNumber(),
                    r.issuedOn(),
                    r.lineNo(),
                    r.chargeType(),
                    r.description(),
                    new org.threepl.portal.domain.model.shared.Money(
                                    r.amount(), org.threepl.portal.domain.model.shared.Money.currency(r.currency()))
                            .amount(),
                    r.currency());
        }
    }

    /** A keyset page: the items and the cursor of the next page (null on the last). */
    public record SearchPage(List<InvoiceSummary> items, String nextCursor) {}
}
