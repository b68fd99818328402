package org.threepl.portal.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.threepl.portal.application.export.Shown;
import org.threepl.portal.application.export.TableWriter;

/**
 * A PDF table on landscape A4 pages, written as it goes: rows are handed to the document every {@value #FLUSH_ROWS}
 * rows and then forgotten (OpenPDF's incomplete-table mode), so a million rows take many pages but no more memory than
 * a few. The header row repeats on every page; the footer names the title and the page. A machine file
 * ({@link #PdfTableWriter(OutputStream, String)}) uses the standard Helvetica font, which covers Latin scripts, and
 * says when it was generated in UTC; the Excel and CSV exports carry every character. A file for people
 * ({@link #PdfTableWriter(OutputStream, String, String, PdfReportRenderer.Fonts)}) is set in the reports' font (Chinese
 * too, embedded as a subset), with the line under the title given in the reader's language and the cells written as the
 * reader reads them.
 */
final class PdfTableWriter implements TableWriter {

    private static final int FLUSH_ROWS = 200;
    private static final Font HELVETICA_HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 6.5f, Color.WHITE);
    private static final Font HELVETICA_BODY = FontFactory.getFont(FontFactory.HELVETICA, 6.5f);
    private static final Font HELVETICA_TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Color HEADER_BACKGROUND = new Color(0x2f, 0x4f, 0x6f);

    private final Document document = new Document(PageSize.A4.rotate(), 24, 24, 28, 28);
    private final String title;
    private final String subtitle;
    private final Font headerFont;
    private final Font bodyFont;
    private final Font titleFont;
    private PdfPTable table;
    private int pending;

    /** A machine file: Helvetica, "Generated … UTC" under the title. */
    PdfTableWriter(OutputStream out, String title) {
        this(out, title, null, null);
    }

    /**
     * A file for people: the reports' fonts, {@code subtitle} (when it was made, in the reader's words) under the
     * title.
     */
    PdfTableWriter(OutputStream out, String title, String subtitle, PdfReportRenderer.Fonts fonts) {
        this.title = title == null ? "" : title;
        this.subtitle = subtitle;
        this.headerFont = fonts == null ? HELVETICA_HEADER : fonts.bold(6.5f, Color.WHITE);
        this.bodyFont = fonts == null ? HELVETICA_BODY : fonts.regular(6.5f, Color.BLACK);
        this.titleFont = fonts == null ? HELVETICA_TITLE : fonts.bold(11, Color.BLACK);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false); // the caller owns the stream (a servlet response)
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(
                        w.getDirectContent(),
                        Element.ALIGN_RIGHT,
                        new Phrase(PdfTableWriter.this.title + " \u2013 " + w.getPageNumber(), bodyFont),
                        d.right(),
                        d.bottom() - 14,
                        0);
            }
        });
        document.addTitle(this.title);
        document.open();
    }

    @Override
    public void header(List<String> columns) throws IOException {
        add(new Paragraph(title, titleFont));
        add(new Paragraph(
                subtitle != null ? subtitle : "Generated " + Cells.UTC_MINUTES.format(Instant.now()) + " UTC",
                bodyFont));
        table = new PdfPTable(Math.max(1, columns.size()));
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String c : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(c, headerFont));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setPadding(2);
            table.addCell(cell);
        }
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (Object v : values) {
            PdfPCell cell = new PdfPCell(
                    new Phrase(v instanceof Instant t ? Cells.UTC_MINUTES.format(t) : Cells.text(v), bodyFont));
            cell.setPadding(2);
            if (v instanceof Number || v instanceof Shown.Figure) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        if (++pending == FLUSH_ROWS) {
            add(table); // writes the finished rows and drops them from the table
            pending = 0;
        }
    }

    @Override
    public void close() throws IOException {
        if (table != null) {
            table.setComplete(true);
            add(table);
        }
        document.close();
    }

    private void add(Element element) throws IOException {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written", e);
        }
    }
}
