package org.threepl.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.adjustment.AdjustmentQueries;
import org.threepl.portal.application.adjustment.AdjustmentView;
import org.threepl.portal.application.billing.InvoiceQueries;
import org.threepl.portal.application.billing.InvoiceViews.InvoiceSummary;
import org.threepl.portal.domain.model.billing.InvoiceStatus;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;

/**
 * Invoices ({@code ?org=} and {@code ?status=} optional): a client's own, or for staff their clients' (one of them with
 * {@code org}), newest first, paged in the database, filtered by issue days and status (the home page's tiles link here
 * with {@code status=OVERDUE} or {@code DUE}).
 */
@Named
@ViewScoped
public class InvoicesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long org;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;
    private InvoiceStatus status;
    private PagedDataModel<InvoiceSummary> model;
    private PagedDataModel<AdjustmentView> adjustments;

    private static InvoiceQueries invoices() {
        return CDI.current().select(InvoiceQueries.class).get();
    }

    /** Another organisation's id answers like an unknown one: the 404 page. */
    public void load() {
        try {
            invoices().page(org, null, null, null, 0, 1);
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public void search() {
        if (issuedFrom != null && issuedTo != null && issuedTo.isBefore(issuedFrom)) {
            Faces.error("filter:issuedTo", Faces.text("invoices.badRange"));
            return;
        }
        model = null;
    }

    public void reset() {
        issuedFrom = null;
        issuedTo = null;
        status = null;
        model = null;
    }

    public PagedDataModel<InvoiceSummary> getModel() {
        if (model == null) {
            Long o = org;
            LocalDate from = issuedFrom;
            LocalDate to = issuedTo;
            InvoiceStatus s = status;
            model = new PagedDataModel<>(
                    (PagedDataModel.PageSource<InvoiceSummary>) (offset, limit) -> {
                        try {
                            return invoices().page(o, from, to, s, offset, limit);
                        } catch (DomainRuleViolation e) {
                            return new org.threepl.portal.application.view.Page<>(java.util.List.of(), 0);
                        }
                    },
                    i -> i.id().toString());
        }
        return model;
    }

    /** The credit notes and charges issued to the client (or the staff's clients), newest first. */
    public PagedDataModel<AdjustmentView> getAdjustments() {
        if (adjustments == null) {
            Long o = org;
            adjustments = new PagedDataModel<>(
                    (PagedDataModel.PageSource<AdjustmentView>) (offset, limit) ->
                            CDI.current().select(AdjustmentQueries.class).get().page(o, offset, limit),
                    a -> a.id().toString());
        }
        return adjustments;
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    /** The status as a view parameter: an unknown one is ignored (the whole list), like a stale bookmark. */
    public String getStatusParam() {
        return status == null ? null : status.name();
    }

    public void setStatusParam(String value) {
        try {
            status = Enums.parseOptional(InvoiceStatus.class, "status", value);
        } catch (DomainRuleViolation e) {
            status = null;
        }
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedTo() {
        return issuedTo;
    }

    public void setIssuedTo(LocalDate issuedTo) {
        this.issuedTo = issuedTo;
    }
}
