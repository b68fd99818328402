package org.threepl.portal.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.report.Report;
import org.threepl.portal.application.report.ReportRenderer;

/**
 * Lays reports out on A4 pages: the portal's logo and name on every page, the title, then each block (facts, tables
 * whose header repeats on every page and whose figures align right, bar charts drawn as vectors), and the page number
 * at the foot. The text is set in the configured font, embedded as a subset of the glyphs used, so a Chinese report
 * reads the same on any machine; Noto Sans CJK (SIL Open Font License) is the default, from Debian's
 * {@code fonts-noto-cjk}. Without it the renderer falls back to Helvetica, which writes Latin scripts only, and says so
 * in the log once.
 */
@ApplicationScoped
public class PdfReportRenderer implements ReportRenderer {

    private static final Logger LOG = Logger.getLogger(PdfReportRenderer.class.getName());
    static final Color INK = new Color(0x1f, 0x29, 0x33);
    static final Color MUTED = new Color(0x55, 0x60, 0x6b);
    static final Color BRAND = new Color(0x1f, 0x4e, 0x79);
    static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    static final Color ZEBRA = new Color(0xf4, 0xf6, 0xf8);
    static final Color WARN = new Color(0xb3, 0x26, 0x1e);
    static final Color GOOD = new Color(0x2e, 0x7d, 0x32);

    static final String DEFAULT_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2";
    static final String DEFAULT_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc,2";

    /** The regular font file (a TrueType/OpenType file, or a collection with ",index": 2 is Simplified Chinese). */
    @Inject
    @ConfigProperty(name = "portal.pdf.font", defaultValue = DEFAULT_FONT)
    String regularFont;

    @Inject
    @ConfigProperty(name = "portal.pdf.fontBold", defaultValue = DEFAULT_BOLD)
    String boldFont;

    private Fonts fonts;

    public PdfReportRenderer() {}

    /** A renderer outside the container (tests, benchmarks). */
    public PdfReportRenderer(String regularFont, String boldFont) {
        this.regularFont = regularFont;
        this.boldFont = boldFont;
    }

    @jakarta.annotation.PostConstruct
    void loadFonts() {
        fonts = Fonts.load(regularFont, boldFont);
    }

    /** The fonts, loaded once (the people's PDF tables are set in them too). */
    Fonts fonts() {
        if (fonts == null) {
            loadFonts();
        }
        return fonts;
    }

    /** Whether the configured font was found (otherwise Chinese characters are left out of reports). */
    public boolean writesChinese() {
        return fonts().embedded();
    }

    @Override
    public void pdf(Report report, OutputStream out) throws IOException {
        Fonts fonts = fonts();
        Document document = new Document(PageSize.A4, 42, 42, 70, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageFrame(report, fonts));
        document.addTitle(report.title());
        document.addCreator("3PL Client Portal");
        document.open();
        document.add(new Paragraph(report.title(), fonts.bold(18, INK)));
        if (!report.subtitle().isEmpty()) {
            Paragraph sub = new Paragraph(report.subtitle(), fonts.regular(9, MUTED));
            sub.setSpacingAfter(10);
            document.add(sub);
        }
        for (Report.Block block : report.blocks()) {
            if (block instanceof Report.Heading h) {
                Paragraph p = new Paragraph(h.text(), fonts.bold(12, BRAND));
                p.setSpacingBefore(12);
                p.setSpacingAfter(4);
                document.add(p);
            } else if (block instanceof Report.Paragraph p) {
                Paragraph para = new Paragraph(p.text(), fonts.regular(9.5f, INK));
                para.setSpacingAfter(6);
                para.setLeading(13);
                document.add(para);
            } else if (block instanceof Report.Facts f) {
                document.add(facts(f, fonts));
            } else if (block instanceof Report.Table t) {
                document.add(table(t, fonts));
            } else if (block instanceof Report.BarChart c) {
                document.add(chart(c, writer, document.right() - document.left(), fonts));
            }
        }
        document.close();
    }

    private PdfPTable facts(Report.Facts f, Fonts fonts) {
        PdfPTable t = new PdfPTable(new float[] {1.2f, 2.8f});
        t.setWidthPercentage(70);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        t.setSpacingAfter(6);
        for (Report.Fact fact : f.facts()) {
            t.addCell(plain(new Phrase(fact.label(), fonts.regular(9, MUTED)), Element.ALIGN_LEFT));
            t.addCell(plain(
                    new Phrase(fact.value(), fact.emphasised() ? fonts.bold(11, INK) : fonts.regular(9.5f, INK)),
                    Element.ALIGN_LEFT));
        }
        return t;
    }

    private PdfPTable table(Report.Table spec, Fonts fonts) {
        float[] widths = new float[spec.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = spec.columns().get(i).width();
        }
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(2);
        t.setSpacingAfter(8);
        for (Report.Column c : spec.columns()) {
            PdfPCell cell = cell(new Phrase(c.title(), fonts.bold(8.5f, Color.WHITE)), c.figures());
            cell.setBackgroundColor(BRAND);
            t.addCell(cell);
        }
        int n = 0;
        for (List<String> row : spec.rows()) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = cell(
                        new Phrase(row.get(i), fonts.regular(8.5f, INK)),
                        spec.columns().get(i).figures());
                if (n % 2 == 1) {
                    cell.setBackgroundColor(ZEBRA);
                }
                t.addCell(cell);
            }
            n++;
        }
        if (!spec.totals().isEmpty()) {
            for (int i = 0; i < spec.totals().size(); i++) {
                PdfPCell cell = cell(
                        new Phrase(spec.totals().get(i), fonts.bold(8.5f, INK)),
                        spec.columns().get(i).figures());
                cell.setBorder(Rectangle.TOP);
                cell.setBorderWidthTop(1.2f);
                cell.setBorderColorTop(INK);
                t.addCell(cell);
            }
        }
        return t;
    }

    private PdfPTable chart(Report.BarChart c, PdfWriter writer, float width, Fonts fonts) {
        float label = width * 0.34f;
        float value = width * 0.16f;
        float barArea = width - label - value - 8;
        float row = 17;
        float height = c.bars().size() * row + 22;
        PdfTemplate tpl = writer.getDirectContent().createTemplate(width, height);
        BaseFont font = fonts.regularBase();
        float y = height - 14;
        tpl.beginText();
        tpl.setFontAndSize(fonts.boldBase(), 9);
        tpl.setColorFill(INK);
        tpl.showTextAligned(Element.ALIGN_LEFT, c.title(), 0, y, 0);
        tpl.endText();
        y -= 6;
        for (Report.Bar bar : c.bars()) {
            y -= row;
            float w = (float) (Math.max(0, Math.min(bar.value(), c.max())) / c.max() * barArea);
            tpl.setColorFill(ZEBRA);
            tpl.rectangle(label, y + 3, barArea, row - 6);
            tpl.fill();
            tpl.setColorFill(bar.belowTarget() ? WARN : GOOD);
            tpl.rectangle(label, y + 3, w, row - 6);
            tpl.fill();
            if (bar.target() != null) {
                float x = (float) (Math.min(bar.target(), c.max()) / c.max() * barArea) + label;
                tpl.setColorStroke(INK);
                tpl.setLineWidth(1.2f);
                tpl.moveTo(x, y + 1);
                tpl.lineTo(x, y + row - 1);
                tpl.stroke();
            }
            tpl.beginText();
            tpl.setFontAndSize(font, 8.5f);
            tpl.setColorFill(INK);
            tpl.showTextAligned(Element.ALIGN_LEFT, fit(bar.label(), font, 8.5f, label - 6), 0, y + 6, 0);
            tpl.showTextAligned(Element.ALIGN_RIGHT, bar.shown(), width, y + 6, 0);
            tpl.endText();
        }
        PdfPTable holder = new PdfPTable(1);
        holder.setWidthPercentage(100);
        holder.setSpacingBefore(4);
        holder.setSpacingAfter(8);
        PdfPCell cell;
        try {
            cell = new PdfPCell(Image.getInstance(tpl), false);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
        cell.setBorder(Rectangle.NO_BORDER);
        holder.addCell(cell);
        return holder;
    }

    private static String fit(String text, BaseFont font, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && font.getWidthPoint(t + "…", size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static PdfPCell cell(Phrase phrase, boolean figures) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setHorizontalAlignment(figures ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private static PdfPCell plain(Phrase phrase, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(3);
        cell.setHorizontalAlignment(align);
        return cell;
    }

    /** The logo and name at the head of every page, the title and page number at its foot. */
    private static final class PageFrame extends PdfPageEventHelper {
        private final Report report;
        private final Fonts fonts;

        PageFrame(Report report, Fonts fonts) {
            this.report = report;
            this.fonts = fonts;
        }

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float top = d.getPageSize().getHeight() - 34;
            Logo.draw(cb, d.left(), top - 4, 22);
            cb.beginText();
            cb.setFontAndSize(fonts.boldBase(), 11);
            cb.setColorFill(BRAND);
            cb.showTextAligned(Element.ALIGN_LEFT, "3PL Client Portal", d.left() + 30, top + 3, 0);
            cb.endText();
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.6f);
            cb.moveTo(d.left(), top - 10);
            cb.lineTo(d.right(), top - 10);
            cb.stroke();
            String foot = (report.footer().isEmpty() ? report.title() : report.footer()) + "  ·  " + w.getPageNumber();
            ColumnText.showTextAligned(
                    cb,
                    Element.ALIGN_RIGHT,
                    new Phrase(foot, fonts.regular(7.5f, MUTED)),
                    d.right(),
                    d.bottom() - 20,
                    0);
        }
    }

    /** The portal's mark: three stacked parcels on a rounded square, as in the page header's SVG. */
    static final class Logo {
        private Logo() {}

        static void draw(PdfContentByte cb, float x, float y, float size) {
            cb.saveState();
            cb.setColorFill(BRAND);
            cb.roundRectangle(x, y, size, size, size * 0.18f);
            cb.fill();
            cb.setColorFill(Color.WHITE);
            float u = size / 22f;
            cb.rectangle(x + 5 * u, y + 4 * u, 12 * u, 4 * u);
            cb.rectangle(x + 5 * u, y + 9.5f * u, 12 * u, 4 * u);
            cb.rectangle(x + 8 * u, y + 15 * u, 6 * u, 3.5f * u);
            cb.fill();
            cb.restoreState();
        }
    }

    /** The fonts of the reports: the configured ones embedded, or Helvetica when they are missing. */
    record Fonts(BaseFont regularBase, BaseFont boldBase, boolean embedded) {

        static Fonts load(String regular, String bold) {
            try {
                if (exists(regular)) {
                    BaseFont r = BaseFont.createFont(regular, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                    BaseFont b = exists(bold) ? BaseFont.createFont(bold, BaseFont.IDENTITY_H, BaseFont.EMBEDDED) : r;
                    return new Fonts(r, b, true);
                }
                LOG.warning("The report font " + regular
                        + " is missing: reports fall back to Helvetica and leave out Chinese characters"
                        + " (install fonts-noto-cjk or set portal.pdf.font)");
                return new Fonts(
                        BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
                        BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
                        false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static boolean exists(String spec) {
            if (spec == null || spec.isBlank()) {
                return false;
            }
            int comma = spec.lastIndexOf(',');
            String file = comma > 0 && spec.substring(comma + 1).matches("\\d+") ? spec.substring(0, comma) : spec;
            return Files.isReadable(Path.of(file));
        }

        Font regular(float size, Color color) {
            return new Font(regularBase, size, Font.NORMAL, color);
        }

        Font bold(float size, Color color) {
            return new Font(boldBase, size, Font.NORMAL, color);
        }
    }
}
