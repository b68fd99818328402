package org.threepl.portal.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfTableWriterTest {

    @Test
    void writesEveryRowOverAsManyPagesAsItTakesWithTheHeaderOnEach() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfTableWriter w = new PdfTableWriter(out, "Shipments")) {
            w.header(List.of("reference", "delivered_at", "quantity"));
            for (int i = 0; i < 450; i++) {
                w.row(new Object[] {"PO-" + i, Instant.parse("2026-01-02T12:34:00Z"), i});
            }
        }
        PdfReader reader = new PdfReader(out.toByteArray());
        int pages = reader.getNumberOfPages();
        assertTrue(pages > 1, "450 rows need more than one page: " + pages);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String first = text.getTextFromPage(1);
        String last = text.getTextFromPage(pages);
        assertTrue(first.contains("Shipments") && first.contains("PO-0") && first.contains("2026-01-02 12:34"), first);
        assertTrue(
                last.contains("reference") && last.contains("PO-449"),
                "the header repeats; the last row is there: " + last);
        int found = 0;
        for (int p = 1; p <= pages; p++) {
            String page = text.getTextFromPage(p);
            for (int i = 0; i < 450; i++) {
                if (page.contains("PO-" + i + " ") || page.contains("PO-" + i + "\n")) {
                    found++;
                }
            }
        }
        assertEquals(450, found, "every row once");
    }

    @Test
    void aTableForPeopleIsSetInTheReportsFontSoChineseStays() throws Exception {
        org.threepl.portal.application.export.ForPeople people =
                new org.threepl.portal.application.export.ForPeople(new org.threepl.portal.application.i18n.Formats(
                        java.util.Locale.SIMPLIFIED_CHINESE, java.time.ZoneId.of("Asia/Shanghai")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfTableWriter w = new PdfTableWriter(
                out,
                "货件",
                people.madeOn(Instant.parse("2026-12-02T04:21:00Z")),
                PdfReportRenderer.Fonts.load(PdfReportRenderer.DEFAULT_FONT, PdfReportRenderer.DEFAULT_BOLD))) {
            w.header(people.headers("shipment.reference", "shipment.status", "shipment.actualDelivery"));
            w.row(new Object[] {"PO-1", "已送达", people.moment(Instant.parse("2026-12-02T04:21:00Z"))});
        }
        String text = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
        assertTrue(
                text.contains("货件")
                        && text.contains("生成于2026年12月2日 12:21")
                        && text.contains("客户单号")
                        && text.contains("已送达")
                        && text.contains("2026年12月2日 12:21 CST"),
                text);
        assertTrue(!text.contains("Generated") && !text.contains("UTC"), text);
    }
}
