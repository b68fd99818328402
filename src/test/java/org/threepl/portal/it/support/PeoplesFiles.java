package org.threepl.portal.it.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.threepl.portal.application.shipment.CsvRecords;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The downloaded files read the way their reader sees them: a CSV's rows by the import's reader (Commons CSV), an Excel
 * workbook's first sheet (texts, numbers and the number formats their cells are shown in), a PDF's text.
 */
public final class PeoplesFiles {

    private PeoplesFiles() {}

    /**
     * A file's header row and everything it shows, as text; {@code formats} the number formats its cells use (Excel
     * only).
     */
    public record Read(List<String> header, String text, List<String> formats) {}

    /** The header is the first record as the import's own reader ({@link CsvRecords}) reads it. */
    public static Read csv(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (CsvRecords records = CsvRecords.open(new ByteArrayInputStream(file))) {
            CsvRecords.Next first = records.next();
            if (first instanceof CsvRecords.Problem p) {
                throw new AssertionError("The CSV's first line cannot be read: " + p.message());
            }
            return new Read(first == null ? List.of("") : ((CsvRecords.Row) first).cells(), text, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first sheet: its cells' texts and values in rows, the sheet's name first, and the number formats of its
     * cells.
     */
    public static Read xlsx(byte[] file) {
        Map<String, Document> parts = unzip(file);
        Document sheet = parts.get("xl/worksheets/sheet1.xml");
        Document styles = parts.get("xl/styles.xml");
        Map<String, String> codes = new HashMap<>();
        NodeList numFmts = styles.getElementsByTagName("numFmt");
        for (int i = 0; i < numFmts.getLength(); i++) {
            Element f = (Element) numFmts.item(i);
            codes.put(f.getAttribute("numFmtId"), f.getAttribute("formatCode"));
        }
        NodeList xfs = ((Element) styles.getElementsByTagName("cellXfs").item(0)).getElementsByTagName("xf");
        StringBuilder text = new StringBuilder(((Element) parts.get("xl/workbook.xml")
                                .getElementsByTagName("sheet")
                                .item(0))
                        .getAttribute("name"))
                .append('\n');
        List<String> header = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        NodeList rows = sheet.getElementsByTagName("row");
        for (int r = 0; r < rows.getLength(); r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagName("c");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                String value = cell.getTextContent();
                if (r == 0) {
                    header.add(value);
                }
                text.append(value).append('\t');
                if (!cell.getAttribute("s").isEmpty()) {
                    String id = ((Element) xfs.item(Integer.parseInt(cell.getAttribute("s")))).getAttribute("numFmtId");
                    formats.add(codes.getOrDefault(id, "builtin " + id));
                }
            }
            text.append('\n');
        }
        return new Read(header, text.toString(), formats);
    }

    /** Every page's text; the header is the table's first row as extracted (one line, not split into cells). */
    public static Read pdf(byte[] file) {
        try {
            PdfReader reader = new PdfReader(file);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            return new Read(List.of(), text.toString(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Document> unzip(byte[] xlsx) {
        Map<String, Document> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        } catch (Exception e) {
            throw new AssertionError("Not an Excel workbook", e);
        }
        return parts;
    }
}
