package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Texts;
import org.threepl.portal.application.report.Report;
import org.threepl.portal.application.report.ReportRenderer;

/**
 * A dispute's record as a PDF to hand on (to a claims department, an auditor), in the reader's language: the claim's
 * facts, what happened, and every step in order with who took it, the state it moved to and the amount offered or
 * agreed.
 */
@ApplicationScoped
public class DisputeRecordDocument {

    @Inject
    DisputeSteps disputes;

    @Inject
    ReportRenderer renderer;

    /** Writes dispute {@code id}'s record (the caller's own, or a client's for staff; others are not found). */
    public void pdf(Long id, Formats formats, OutputStream out) throws IOException {
        DisputeView d = disputes.get(id);
        renderer.pdf(report(d, disputes.record(id), new Texts(formats.locale()), formats, Instant.now()), out);
    }

    static Report report(DisputeView d, List<DisputeSteps.RecordLine> record, Texts t, Formats f, Instant made) {
        List<Report.Fact> facts = new ArrayList<>();
        facts.add(new Report.Fact(t.text("dispute.client"), d.organisationName()));
        facts.add(new Report.Fact(t.text("dispute.state"), t.term("dispute.state.", d.state())));
        facts.add(new Report.Fact(t.text("dispute.kind"), t.term("dispute.kind.", d.kind())));
        facts.add(new Report.Fact(t.text("dispute.amount"), f.money(d.amountClaimed(), d.currency()), true));
        facts.add(new Report.Fact(t.text("dispute.level"), d.levelName()));
        facts.add(new Report.Fact(t.text("disputeRecord.filedOn"), f.date(d.filedOn())));
        facts.add(new Report.Fact(t.text("dispute.resolveBy"), f.date(d.resolveBy())));
        if (d.creditNoteNumber() != null) {
            facts.add(new Report.Fact(
                    t.text("dispute.settled"),
                    f.money(d.settledAmount(), d.currency()) + " · " + t.text("dispute.creditNote") + " "
                            + d.creditNoteNumber(),
                    true));
        }
        if (d.rejectionReason() != null) {
            facts.add(new Report.Fact(t.text("dispute.rejection"), d.rejectionReason()));
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Facts(facts));
        blocks.add(new Report.Heading(t.text("dispute.description")));
        blocks.add(new Report.Paragraph(d.description()));
        blocks.add(new Report.Heading(t.text("dispute.record")));
        List<List<String>> rows = record.stream()
                .map(r -> List.of(
                        f.dateTime(r.at()),
                        t.actor(r.actorKind(), r.actor()),
                        t.term("dispute.action.", r.action()),
                        (r.from() == null ? "" : t.term("dispute.state.", r.from()) + " → ")
                                + t.term("dispute.state.", r.to()),
                        r.amount() == null ? "" : f.money(r.amount(), d.currency()),
                        r.note() == null ? "" : r.note()))
                .toList();
        blocks.add(new Report.Table(
                List.of(
                        Report.Column.text(t.text("dispute.when"), 1.9f),
                        Report.Column.text(t.text("dispute.by"), 1.6f),
                        Report.Column.text(t.text("dispute.step"), 1.5f),
                        Report.Column.text(t.text("dispute.state"), 2),
                        Report.Column.figures(t.text("dispute.amount"), 1.3f),
                        Report.Column.text(t.text("disputeRecord.note"), 2.2f)),
                rows,
                null));
        String title = t.text("dispute.title", d.claimNumber());
        return new Report(title, t.text("report.madeOn", f.dateTime(made)), blocks, title);
    }
}
