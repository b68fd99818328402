package org.threepl.portal.application.sla;

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
import org.threepl.portal.domain.model.sla.Kpi;

/**
 * The SLA period report as a PDF to hand on, in the reader's language: each KPI's result against its target as a chart
 * (the percentage KPIs on one scale, the target marked), then the table of results with the share of the target
 * reached, the status and the bonus or penalty.
 */
@ApplicationScoped
public class SlaPeriodDocument {

    @Inject
    SlaReports sla;

    @Inject
    ReportRenderer renderer;

    /** Writes the organisation's report for the periods containing {@code day} (today when null). */
    public void pdf(Long organisationId, java.time.LocalDate day, Formats formats, OutputStream out)
            throws IOException {
        renderer.pdf(
                report(sla.periodReport(organisationId, day), new Texts(formats.locale()), formats, Instant.now()),
                out);
    }

    static Report report(SlaReports.PeriodReport p, Texts t, Formats f, Instant made) {
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Facts(List.of(
                new Report.Fact(t.text("invoice.client"), p.organisationName() + " (" + p.organisationCode() + ")"),
                new Report.Fact(t.text("slaReport.day"), f.date(p.day())))));
        if (p.lines().isEmpty()) {
            blocks.add(new Report.Paragraph(t.text("slaReport.none")));
        }
        List<Report.Bar> bars = new ArrayList<>();
        for (SlaReports.PeriodLine line : p.lines()) {
            KpiResultView r = line.result();
            Kpi kpi = Kpi.valueOf(r.term().kpi());
            if (kpi.unit() == Kpi.Unit.PERCENT && r.value() != null) {
                bars.add(new Report.Bar(
                        t.term("kpi.", kpi),
                        r.value().doubleValue(),
                        f.kpi(kpi, r.value()),
                        r.term().target().doubleValue()));
            }
        }
        if (!bars.isEmpty()) {
            blocks.add(new Report.BarChart(t.text("slaReport.chart"), 100, bars));
        }
        blocks.add(new Report.Heading(t.text("slaReport.results")));
        blocks.add(results(p, t, f));
        String title = t.text("sla.title", p.organisationName());
        return new Report(title, t.text("report.madeOn", f.dateTime(made)), blocks, title);
    }

    /**
     * The results table in the reader's words: KPI, scope, period, target, actual, share of the target, status, bonus
     * or penalty. The PDF shows it, and the Excel file that the service-level page downloads holds it.
     */
    static Report.Table results(SlaReports.PeriodReport p, Texts t, Formats f) {
        List<List<String>> rows = new ArrayList<>();
        for (SlaReports.PeriodLine line : p.lines()) {
            KpiResultView r = line.result();
            Kpi kpi = Kpi.valueOf(r.term().kpi());
            String scope = "ALL".equals(r.term().scopeKind())
                    ? t.text("sla.scope.ALL")
                    : r.term().scopeValue();
            String period = f.date(r.periodStart()) + " – " + f.date(r.periodEnd())
                    + (r.closed() ? "" : " (" + t.text("slaReport.running") + ")");
            String money = r.bonusMalusAmount() == null
                    ? Formats.NONE
                    : f.money(r.bonusMalusAmount(), r.currency()) + " ("
                            + t.term("slaReport.bonusMalus.", r.bonusMalus()) + ")";
            rows.add(List.of(
                    t.term("kpi.", kpi),
                    scope,
                    period,
                    f.kpi(kpi, r.term().target()),
                    f.kpi(kpi, r.value()),
                    f.share(r.performanceRatio(), 0),
                    t.term("sla.status.", r.status()),
                    money));
        }
        return new Report.Table(
                List.of(
                        Report.Column.text(t.text("sla.kpi"), 2.2f),
                        Report.Column.text(t.text("sla.scope"), 1.5f),
                        Report.Column.text(t.text("sla.period"), 2.4f),
                        Report.Column.figures(t.text("sla.target"), 1.1f),
                        Report.Column.figures(t.text("sla.actual"), 1.1f),
                        Report.Column.figures(t.text("sla.ofTarget"), 1.1f),
                        Report.Column.text(t.text("sla.statusHeader"), 1.3f),
                        Report.Column.figures(t.text("sla.bonusMalus"), 2)),
                rows,
                null);
    }
}
