package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.export.TableWriters;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.report.Report;
import org.threepl.portal.domain.model.sla.SlaTerm;

/**
 * The period report: every KPI in force judged over its period containing a day, as content, as a file for people and
 * as a machine file.
 */
@ApplicationScoped
@Transactional
public class SlaReports {

    @Inject
    SlaAccess access;

    @Inject
    SlaJudgement judgement;

    @Inject
    TableWriters writers;

    @Inject
    Clock clock;

    /** The columns of the period report. */
    public static final List<String> REPORT_COLUMNS = List.of(
            "kpi",
            "scope",
            "period_start",
            "period_end",
            "closed",
            "target",
            "actual",
            "numerator",
            "denominator",
            "status",
            "performance_ratio",
            "bonus_malus",
            "amount",
            "currency",
            "calculation");

    /**
     * The period report's content: whose, the day asked, and each KPI in force judged over its period containing that
     * day.
     */
    public record PeriodReport(
            String organisationName, String organisationCode, LocalDate day, List<PeriodLine> lines) {}

    /** One KPI of the period report: the result and the term's scope in words of the contract ("ALL", "MODE=AIR"). */
    public record PeriodLine(KpiResultView result, String scope) {}

    /**
     * The period report: every KPI in force, each judged over the period containing {@code day} (by its own measurement
     * period; today when null).
     */
    public PeriodReport periodReport(Long organisationId, LocalDate day) {
        SlaAccess.Visible v = access.visible(organisationId);
        LocalDate today = access.today();
        LocalDate on = day == null ? today : day;
        List<KpiRollupRepository.Row> rows = judgement.rows(
                organisationId,
                on.minusMonths(1).withDayOfMonth(1),
                on.plusMonths(1).plusDays(7));
        List<PeriodLine> lines = new ArrayList<>();
        for (List<SlaTerm> versions : judgement.promisesOf(v.scope(), organisationId)) {
            Optional<SlaTerm> any = SlaTerm.inForce(versions, on);
            if (any.isEmpty()) {
                continue;
            }
            LocalDate start = any.get().period().start(on);
            Optional<SlaTerm> term = SlaTerm.inForce(versions, start);
            if (term.isEmpty()) {
                continue;
            }
            lines.add(new PeriodLine(
                    judgement.judge(term.get(), start, rows, today),
                    term.get().scope().toString()));
        }
        return new PeriodReport(v.organisation().name(), v.organisation().code().value(), on, lines);
    }

    /**
     * The period report as a file for the person reading the service-level page (Excel; CSV or a PDF table as well):
     * the results table of the period report's PDF, in the reader's language and formats, under the page's name.
     */
    public void report(Long organisationId, LocalDate day, TableWriter.Format format, Formats reader, OutputStream out)
            throws IOException {
        PeriodReport report = periodReport(organisationId, day);
        ForPeople people = new ForPeople(reader);
        Report.Table results = SlaPeriodDocument.results(report, people.texts(), reader);
        try (TableWriter table = writers.openForPeople(
                format,
                out,
                people.text("nav.sla"),
                people.text("sla.title", report.organisationName()) + " · " + people.madeOn(clock.instant()))) {
            table.header(results.columns().stream().map(Report.Column::title).toList());
            for (List<String> row : results.rows()) {
                table.row(row.toArray());
            }
        }
    }

    /** The period report as a machine file (the API's CSV, Excel or PDF table): stable column names, codes. */
    public void report(Long organisationId, LocalDate day, TableWriter.Format format, OutputStream out)
            throws IOException {
        PeriodReport report = periodReport(organisationId, day);
        try (TableWriter table = writers.open(format, out, "Service levels")) {
            report(report, table);
        }
    }

    private static void report(PeriodReport report, TableWriter out) throws IOException {
        out.header(REPORT_COLUMNS);
        for (PeriodLine line : report.lines()) {
            KpiResultView r = line.result();
            out.row(new Object[] {
                r.term().kpi(),
                line.scope(),
                r.periodStart(),
                r.periodEnd(),
                r.closed(),
                r.term().target(),
                r.value(),
                r.numerator(),
                r.denominator(),
                r.status(),
                r.performanceRatio(),
                r.bonusMalus(),
                r.bonusMalusAmount(),
                r.currency(),
                r.calculation()
            });
        }
    }
}
