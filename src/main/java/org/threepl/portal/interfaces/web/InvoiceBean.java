package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.billing.InvoiceDocument;
import org.threepl.portal.application.billing.InvoiceQueries;
import org.threepl.portal.application.billing.InvoiceViews.InvoiceDetail;
import org.threepl.portal.application.billing.InvoiceViews.LineView;
import org.threepl.portal.domain.model.billing.ChargeType;

/**
 * One invoice ({@code ?id=}) with its lines and the disputes that contest them; "Dispute this line" opens a client's
 * filing form with the line (a billing dispute). The 3PL's staff also see the invoice's cost and margin.
 */
@Named
@ViewScoped
public class InvoiceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceQueries invoices;

    // normal-scoped beans come as serialisable proxies: nothing to lose when the view is restored elsewhere
    @Inject
    InvoiceDocument documents;

    @Inject
    FormatBean fmt;

    private Long id;
    private transient InvoiceDetail invoice;

    public void load() {
        if (id == null) {
            Faces.sendError(404);
            return;
        }
        try {
            invoice = invoices.get(id);
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    /** Whether a dispute can be filed about the line: no open dispute contests it yet. */
    public boolean disputable(LineView line) {
        return line.disputes().stream()
                .noneMatch(c -> org.threepl.portal.domain.model.dispute.DisputeState.valueOf(c.state())
                        .isOpen());
    }

    /** Downloads the invoice as a PDF in the reader's language. */
    public void pdf() {
        InvoiceDetail d = getInvoice();
        Downloads.file(d.invoiceNumber() + ".pdf", "application/pdf", out -> documents.pdf(id, fmt.formats(), out));
    }

    /** The lines grouped by charge type (in the order of the subtotals above them), each group by line number. */
    public java.util.List<LineView> getLinesByCharge() {
        return getInvoice().lines().stream()
                .sorted(java.util.Comparator.comparing((LineView l) -> ChargeType.valueOf(l.chargeType()))
                        .thenComparingInt(LineView::lineNo))
                .toList();
    }

    public InvoiceDetail getInvoice() {
        if (invoice == null && id != null) {
            invoice = invoices.get(id);
        }
        return invoice;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
