package org.threepl.portal.application.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.application.billing.InvoiceViews.InvoiceDetail;
import org.threepl.portal.application.billing.InvoiceViews.LineView;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Texts;
import org.threepl.portal.application.report.Report;
import org.threepl.portal.application.report.ReportRenderer;

/**
 * An invoice as a PDF to hand on, in the reader's language: who and when, what it asks (net, tax, gross), what settled
 * disputes credited and what remains, the subtotal per charge type and every line. Only the columns that carry data are
 * printed; the 3PL's cost and margin never are, whoever asks.
 */
@ApplicationScoped
public class InvoiceDocument {

    @Inject
    InvoiceQueries invoices;

    @Inject
    ReportRenderer renderer;

    /** Writes invoice {@code id} (the caller's own, or a client's for staff; others are not found) as a PDF. */
    public void pdf(Long id, Formats formats, OutputStream out) throws IOException {
        renderer.pdf(report(invoices.get(id), new Texts(formats.locale()), formats, java.time.Instant.now()), out);
    }

    static Report report(InvoiceDetail d, Texts t, Formats f, java.time.Instant made) {
        String c = d.currency();
        List<Report.Fact> facts = new ArrayList<>();
        facts.add(new Report.Fact(t.text("invoice.client"), d.organisationName() + " (" + d.organisationCode() + ")"));
        facts.add(new Report.Fact(t.text("invoice.status"), t.term("invoiceStatus.", d.status())));
        facts.add(new Report.Fact(t.text("invoice.issuedOn"), f.date(d.issuedOn())));
        facts.add(new Report.Fact(t.text("invoice.dueOn"), f.date(d.dueOn())));
        if (d.paidOn() != null) {
            facts.add(new Report.Fact(t.text("invoice.paidOn"), f.date(d.paidOn())));
        }
        facts.add(new Report.Fact(t.text("invoice.net"), f.money(d.total(), c)));
        facts.add(new Report.Fact(t.text("invoice.tax"), f.money(d.tax(), c)));
        facts.add(new Report.Fact(t.text("invoice.gross"), f.money(d.gross(), c), true));
        if (!d.creditNotes().isEmpty()) {
            facts.add(new Report.Fact(
                    t.text("invoice.credited"), f.money(d.credited().negate(), c)));
        }
        facts.add(new Report.Fact(t.text("invoice.balance"), f.money(d.balance(), c), true));
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Facts(facts));

        blocks.add(new Report.Heading(t.text("invoice.byCharge")));
        blocks.add(new Report.Table(
                List.of(
                        Report.Column.text(t.text("invoice.chargeType"), 3),
                        Report.Column.figures(t.text("invoice.lineCount"), 1),
                        Report.Column.figures(t.text("invoice.amount"), 2)),
                d.byCharge().stream()
                        .map(g -> List.of(
                                t.term("chargeType.", g.chargeType()), f.number(g.lines()), f.money(g.amount(), c)))
                        .toList(),
                List.of(t.text("invoice.net"), f.number(d.lines().size()), f.money(d.total(), c))));

        if (!d.creditNotes().isEmpty()) {
            blocks.add(new Report.Heading(t.text("invoice.creditNotes")));
            blocks.add(new Report.Table(
                    List.of(
                            Report.Column.text(t.text("invoice.creditNote"), 2),
                            Report.Column.text(t.text("invoice.fromDispute"), 2),
                            Report.Column.figures(t.text("invoice.amount"), 2)),
                    d.creditNotes().stream()
                            .map(n -> List.of(
                                    n.creditNoteNumber(),
                                    n.claimNumber(),
                                    f.money(n.amount().negate(), c)))
                            .toList(),
                    List.of(t.text("invoice.credited"), "", f.money(d.credited().negate(), c))));
        }

        blocks.add(new Report.Heading(t.text("invoice.lines")));
        List<Report.Column> columns = new ArrayList<>(List.of(
                Report.Column.text(t.text("invoice.lineNo"), 0.6f),
                Report.Column.text(t.text("invoice.chargeType"), 1.4f),
                Report.Column.text(t.text("invoice.description"), 3.4f)));
        if (d.linesHaveShipments()) {
            columns.add(Report.Column.text(t.text("invoice.shipment"), 1.5f));
        }
        if (d.linesHaveQuantities()) {
            columns.add(Report.Column.figures(t.text("invoice.quantity"), 1));
            columns.add(Report.Column.figures(t.text("invoice.unitPrice"), 1.3f));
        }
        columns.add(Report.Column.figures(t.text("invoice.amount"), 1.5f));
        List<List<String>> rows = new ArrayList<>();
        for (LineView l : d.lines()) {
            List<String> row = new ArrayList<>(
                    List.of(f.number(l.lineNo()), t.term("chargeType.", l.chargeType()), l.description()));
            if (d.linesHaveShipments()) {
                row.add(l.shipmentReference() == null ? "" : l.shipmentReference());
            }
            if (d.linesHaveQuantities()) {
                row.add(l.quantity() == null ? "" : f.number(l.quantity(), 4));
                row.add(l.unitPrice() == null ? "" : f.number(l.unitPrice(), 4));
            }
            row.add(f.money(l.amount(), c));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        for (int i = 0; i < columns.size() - 1; i++) {
            totals.add(i == 0 ? t.text("invoice.net") : "");
        }
        totals.add(f.money(d.total(), c));
        blocks.add(new Report.Table(columns, rows, totals));
        String title = t.text("invoice.title", d.invoiceNumber());
        return new Report(title, t.text("report.madeOn", f.dateTime(made)), blocks, title);
    }
}
