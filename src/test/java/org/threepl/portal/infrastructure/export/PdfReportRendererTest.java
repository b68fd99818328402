package org.threepl.portal.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.report.Report;

class PdfReportRendererTest {

    private static Report chinese(int rows) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            lines.add(List.of(Integer.toString(i), "运费 上海 → 汉堡 " + i, "€1,000.00"));
        }
        return new Report(
                "发票 INV-1",
                "生成于2026年12月2日",
                List.of(
                        new Report.Facts(
                                List.of(new Report.Fact("客户", "华东贸易有限公司"), new Report.Fact("应付总额", "€1,310.00", true))),
                        new Report.BarChart(
                                "实际与目标对比",
                                100,
                                List.of(
                                        new Report.Bar("准时交付", 91.5, "91.5%", 95.0),
                                        new Report.Bar("完整交付", 99.0, "99%", 98.0))),
                        new Report.Heading("明细"),
                        new Report.Table(
                                List.of(
                                        Report.Column.text("行", 1),
                                        Report.Column.text("说明", 4),
                                        Report.Column.figures("金额", 2)),
                                lines,
                                List.of("净额", "", "€" + rows + ",000.00"))),
                "发票 INV-1");
    }

    @Test
    void aChineseReportCarriesItsCharactersInAnEmbeddedFontOverAsManyPagesAsItNeeds() throws Exception {
        PdfReportRenderer renderer =
                new PdfReportRenderer(PdfReportRenderer.DEFAULT_FONT, PdfReportRenderer.DEFAULT_BOLD);
        assertTrue(renderer.writesChinese(), "the report font is there (Debian's fonts-noto-cjk; .ci/run installs it)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.pdf(chinese(120), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        assertTrue(reader.getNumberOfPages() >= 2, "120 lines take more than a page");
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String first = text.getTextFromPage(1);
        String last = text.getTextFromPage(reader.getNumberOfPages());
        assertTrue(first.contains("华东贸易有限公司") && first.contains("应付总额") && first.contains("准时交付"), first);
        assertTrue(first.contains("3PL Client Portal"), "the portal's name by its logo: " + first);
        assertTrue(
                last.contains("说明") && last.contains("运费 上海 → 汉堡 120") && last.contains("净额"),
                "the header repeats, the last line and the totals are there: " + last);
        String raw = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/FontFile3") || raw.contains("/FontFile2"), "the font is embedded");
        assertFalse(raw.contains("/BaseFont/Helvetica"), "no fallback font");
    }

    @Test
    void withoutTheConfiguredFontItFallsBackToHelveticaAndStillWritesLatinText() throws Exception {
        PdfReportRenderer renderer = new PdfReportRenderer("/nonexistent/font.ttf", "/nonexistent/bold.ttf");
        assertFalse(renderer.writesChinese());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.pdf(
                new Report(
                        "Invoice INV-1",
                        "Made on 2 Dec 2026",
                        List.of(new Report.Paragraph("Freight Shanghai to Hamburg")),
                        null),
                out);
        String text = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
        assertTrue(text.contains("Invoice INV-1") && text.contains("Freight Shanghai to Hamburg"), text);
    }

    @Test
    void aTableRowMustHaveACellForEachColumn() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new Report.Table(
                        List.of(Report.Column.text("a", 1), Report.Column.text("b", 1)), List.of(List.of("1")), null));
        assertEquals("A row has 1 cells for 2 columns", e.getMessage());
    }
}
