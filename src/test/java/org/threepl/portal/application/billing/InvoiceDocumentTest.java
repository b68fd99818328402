package org.threepl.portal.application.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.billing.InvoiceViews.ChargeTotal;
import org.threepl.portal.application.billing.InvoiceViews.CreditNoteView;
import org.threepl.portal.application.billing.InvoiceViews.InvoiceDetail;
import org.threepl.portal.application.billing.InvoiceViews.LineView;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Texts;
import org.threepl.portal.application.report.Report;
import org.threepl.portal.domain.model.billing.InvoiceStatus;

class InvoiceDocumentTest {

    private static InvoiceDetail invoice(boolean quantities) {
        List<LineView> lines = List.of(
                new LineView(
                        11L,
                        1,
                        "FREIGHT",
                        "Freight Shanghai → Hamburg",
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal("1000.00"),
                        List.of()),
                new LineView(
                        12L,
                        2,
                        "STORAGE",
                        "Pallet weeks",
                        null,
                        null,
                        quantities ? new BigDecimal("4") : null,
                        quantities ? new BigDecimal("25.125") : null,
                        new BigDecimal("100.50"),
                        List.of()));
        return new InvoiceDetail(
                1L,
                2L,
                "ACME",
                "Acme Trading",
                null,
                "INV-7",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1),
                "EUR",
                new BigDecimal("1100.50"),
                new BigDecimal("209.10"),
                new BigDecimal("1309.60"),
                InvoiceStatus.OVERDUE,
                null,
                new BigDecimal("100.00"),
                new BigDecimal("1209.60"),
                new BigDecimal("900"),
                new BigDecimal("200.50"),
                "SAP",
                Instant.parse("2026-11-01T08:00:00Z"),
                lines,
                List.of(
                        new ChargeTotal("FREIGHT", 1, new BigDecimal("1000.00")),
                        new ChargeTotal("STORAGE", 1, new BigDecimal("100.50"))),
                List.of(new CreditNoteView(5L, "CL-1", "CN-1", new BigDecimal("100.00"))),
                quantities,
                false,
                3);
    }

    private static Report report(boolean quantities, Locale locale) {
        return InvoiceDocument.report(
                invoice(quantities),
                new Texts(locale),
                new Formats(locale, ZoneId.of("Asia/Shanghai")),
                Instant.parse("2026-12-02T02:00:00Z"));
    }

    private static List<String> texts(Report r) {
        List<String> all = new java.util.ArrayList<>(List.of(r.title(), r.subtitle()));
        for (Report.Block b : r.blocks()) {
            if (b instanceof Report.Facts f) {
                f.facts().forEach(x -> {
                    all.add(x.label());
                    all.add(x.value());
                });
            } else if (b instanceof Report.Table t) {
                t.columns().forEach(c -> all.add(c.title()));
                t.rows().forEach(all::addAll);
                all.addAll(t.totals());
            } else if (b instanceof Report.Heading h) {
                all.add(h.text());
            }
        }
        return all;
    }

    @Test
    void itSaysWhatIsAskedWhatWasCreditedAndWhatRemainsButNeverTheCost() {
        List<String> t = texts(report(false, Locale.ENGLISH));
        assertTrue(
                t.containsAll(List.of(
                        "Invoice INV-7",
                        "Overdue",
                        "€1,309.60",
                        "Credited by dispute settlements",
                        "-€100.00",
                        "€1,209.60",
                        "CN-1",
                        "CL-1")),
                t.toString());
        assertFalse(t.stream().anyMatch(s -> s.contains("900") || s.contains("200.50")), "no cost, no margin: " + t);
    }

    @Test
    void onlyTheColumnsThatCarryDataArePrintedAndTheLinesAddUpToTheNet() {
        Report.Table without = (Report.Table) report(false, Locale.ENGLISH).blocks().stream()
                .filter(b -> b instanceof Report.Table)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(
                List.of("Line", "Charge", "Description", "Amount"),
                without.columns().stream().map(Report.Column::title).toList());
        assertEquals(List.of("Net (sum of the lines)", "", "", "€1,100.50"), without.totals());
        Report.Table with = (Report.Table) report(true, Locale.ENGLISH).blocks().stream()
                .filter(b -> b instanceof Report.Table)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(
                List.of("2", "Storage", "Pallet weeks", "4", "25.125", "€100.50"),
                with.rows().get(1));
    }

    @Test
    void inChineseEveryWordIsChinese() {
        Report r = report(true, Locale.SIMPLIFIED_CHINESE);
        List<String> t = texts(r);
        assertTrue(t.contains("逾期") && t.contains("应付总额") && t.contains("运费"), t.toString());
        // the only Latin words are the client's own texts (name, line descriptions) and numbers
        List<String> english = t.stream()
                .filter(s -> s.matches(".*\\b(Invoice|Total|Net|Tax|Credited|Line|Amount|Overdue)\\b.*"))
                .toList();
        assertEquals(List.of(), english);
    }
}
