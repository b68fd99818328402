package org.threepl.portal.infrastructure.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfTableWriterTest {

    @Test
    void writesEveryRowOverAsManyPagesAsItTakesWithTheHeaderOnEach() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfTableWriter w = new PdfTableWriter(out, "Shipments")) {
            w.header(List.of("reference", "delivered_at", "quantity"));
            for (int i = 0; i < 450; i++) {
                w.row(new Object[]{"PO-" + i, Instant.parse("2026-01-02T12:34:00Z"), i});
            }
        }
        PdfReader reader = new PdfReader(out.toByteArray());
        int pages = reader.getNumberOfPages();
        assertTrue(pages > 1, "450 rows need more than one page: " + pages);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String first = text.getTextFromPage(1);
        String last = text.getTextFromPage(pages);
        assertTrue(first.contains("Shipments") && first.contains("PO-0") && first.contains("2026-01-02 12:34"), first);
        assertTrue(last.contains("reference") && last.contains("PO-449"), "the header repeats; the last row is there: " + last);
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
}
