package org.threepl.portal.application.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.billing.Invoice;
import org.threepl.portal.domain.model.billing.InvoiceStatus;

/**
 * Invoices and their lines, always within a {@link TenantScope}; the invoice lines that disputes name. Lists are newest
 * first (issue day, then id), keyset-paged for the API and offset-paged for the portal's table, over the index
 * {@code invoice_org_issued_ix}.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaInvoiceRepository}.
 */
public interface InvoiceRepository {
    /**
     * An invoice in a list: the invoice's columns with its organisation's code and name, and what settled disputes
     * credited against it.
     */
    record Row(
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
            BigDecimal cost,
            LocalDate paidOn,
            BigDecimal credited,
            int version) {}

    /** A credit note a settled dispute issued against some of an invoice's lines. */
    record CreditNote(
            Long disputeId, String claimNumber, String creditNoteNumber, BigDecimal amount, String currency) {}

    /** An invoice line as a dispute names it: with its invoice's number, day and currency. */
    record LineRow(
            Long id,
            Long invoiceId,
            String invoiceNumber,
            LocalDate issuedOn,
            int lineNo,
            String chargeType,
            String description,
            BigDecimal amount,
            String currency,
            Long organisationId) {}

    /** A dispute that names a line. */
    record Contest(Long lineId, Long disputeId, String claimNumber, String state) {}

    /**
     * The filters of a list: an organisation (in scope), a range of issue days and a status on {@code today}, all
     * optional.
     */
    record Filter(
            Long organisationId, LocalDate issuedFrom, LocalDate issuedTo, InvoiceStatus status, LocalDate today) {
        public Filter(Long organisationId, LocalDate issuedFrom, LocalDate issuedTo) {
            this(organisationId, issuedFrom, issuedTo, null, null);
        }
    }

    Optional<Invoice> find(TenantScope scope, Long id);

    Optional<Invoice> byNumber(TenantScope scope, Long organisationId, String number);

    void add(Invoice invoice);

    /** Writes pending changes now, so that a revised invoice's new version is known (for its ETag). */
    void flush();

    /**
     * At most {@code limit} invoices, newest first, after the row ({@code afterIssued}, {@code afterId}) when given.
     */
    List<Row> search(TenantScope scope, Filter filter, LocalDate afterIssued, Long afterId, int limit);

    /** One page of the list for the portal's table. */
    List<Row> page(TenantScope scope, Filter filter, int offset, int limit);

    long count(TenantScope scope, Filter filter);

    /**
     * The lines with these ids that the scope may see, by id; another organisation's line is simply missing, exactly
     * like a line that does not exist.
     */
    Map<Long, LineRow> lines(TenantScope scope, Collection<Long> lineIds);

    /** The credit notes that settled disputes naming any of the invoice's lines issued, oldest first. */
    List<CreditNote> creditNotes(Long invoiceId);

    /** The ids of the invoice's lines that any dispute names (they cannot change any more). */
    Set<Long> namedLineIds(Long invoiceId);

    /** The disputes that name each of these lines, by line id, oldest first. */
    Map<Long, List<Contest>> contestsOf(Collection<Long> lineIds);

    /** The invoice lines each of these disputes names, by dispute id (one query for a page of disputes). */
    Map<Long, List<LineRow>> linesOfDisputes(Collection<Long> disputeIds);
}
