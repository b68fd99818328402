package org.threepl.portal.application.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.export.PeopleCheck;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Texts;
import org.threepl.portal.application.report.Report;

/** The service-level page's Excel for people: the period report's results table, as its PDF shows it. */
class SlaReportForPeopleTest {

    private static final Formats SHANGHAI = new Formats(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"));

    private static SlaReports.PeriodLine line(
            String kpi, String status, BigDecimal value, String bonusMalus, BigDecimal amount) {
        SlaTermView term = new SlaTermView(
                1L,
                2L,
                3L,
                kpi,
                new BigDecimal("95.0000"),
                "MONTH",
                "ALL",
                null,
                0,
                null,
                null,
                null,
                null,
                LocalDate.of(2026, 1, 1),
                "ops.admin",
                "USER");
        return new SlaReports.PeriodLine(
                new KpiResultView(
                        term,
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 30),
                        true,
                        value,
                        new BigDecimal("40"),
                        new BigDecimal("50"),
                        status,
                        value == null ? null : new BigDecimal("0.8421"),
                        value == null ? null : new BigDecimal("0.8421"),
                        bonusMalus,
                        amount,
                        amount == null ? null : "EUR",
                        "80 < 95: credit 5 % × 12345.67 EUR = 617.28 EUR",
                        null),
                "all shipments");
    }

    @Test
    void theResultsReadAsInThePdfWithoutACodeOrARawFigure() {
        SlaReports.PeriodReport report = new SlaReports.PeriodReport(
                "华东贸易",
                "HD",
                LocalDate.of(2026, 11, 15),
                List.of(
                        line(
                                "ON_TIME_DELIVERY",
                                "BREACHED",
                                new BigDecimal("80.0000"),
                                "PENALTY",
                                new BigDecimal("-617.2800")),
                        line("DISPUTE_ACKNOWLEDGEMENT_TIME", "NO_DATA", null, null, null),
                        line("CLAIMS_RATIO", "AT_RISK", new BigDecimal("1.2500"), "NEUTRAL", BigDecimal.ZERO)));
        Report.Table results = SlaPeriodDocument.results(report, new Texts(SHANGHAI.locale()), SHANGHAI);
        for (List<String> row : results.rows()) {
            PeopleCheck.assertForPeople(row.toArray());
        }
        List<String> headers =
                results.columns().stream().map(Report.Column::title).toList();
        PeopleCheck.assertChineseHeaders(headers, org.threepl.portal.application.sla.SlaReports.REPORT_COLUMNS);
        assertEquals("准时交付", results.rows().get(0).get(0));
        assertEquals("违约", results.rows().get(0).get(6));
    }
}
