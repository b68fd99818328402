package org.threepl.portal.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XlsxTableWriterTest {

    @Test
    void writesAWorkbookWithTypedCellsThatParsesAsXml() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTableWriter w = new XlsxTableWriter(out, "Shipments")) {
            w.header(List.of("reference", "delivered_at", "quantity", "status"));
            w.row(new Object[] {"PO-1 <&> \"x\"", Instant.parse("2026-01-02T12:00:00Z"), 12, Thread.State.NEW});
            w.row(new Object[] {"=SUM(A1)", null, new BigDecimal("1.50"), "bell\u0007"});
        }
        Map<String, Document> parts = unzip(out.toByteArray());
        assertTrue(
                parts.keySet()
                        .containsAll(List.of(
                                "[Content_Types].xml",
                                "_rels/.rels",
                                "xl/workbook.xml",
                                "xl/_rels/workbook.xml.rels",
                                "xl/styles.xml",
                                "xl/worksheets/sheet1.xml")),
                parts.keySet().toString());

        NodeList rows = parts.get("xl/worksheets/sheet1.xml").getElementsByTagName("row");
        assertEquals(3, rows.getLength());
        List<Element> first = cells(rows, 1);
        assertEquals("PO-1 <&> \"x\"", first.get(0).getTextContent(), "text escaped and read back");
        assertEquals("A2", first.get(0).getAttribute("r"));
        assertEquals("1", first.get(1).getAttribute("s"), "a date-time cell");
        assertEquals(
                46024.5,
                Double.parseDouble(first.get(1).getTextContent()),
                1e-9,
                "2026-01-02 12:00 UTC as an Excel serial");
        assertEquals("12", first.get(2).getTextContent());
        assertEquals("", first.get(2).getAttribute("t"), "numbers are numbers");
        assertEquals("NEW", first.get(3).getTextContent());

        List<Element> second = cells(rows, 2);
        assertEquals("=SUM(A1)", second.get(0).getTextContent(), "an inline string is never a formula");
        assertEquals("C3", second.get(1).getAttribute("r"), "an empty cell is left out");
        assertEquals("bell", second.get(2).getTextContent(), "control characters XML cannot carry are dropped");
    }

    @Test
    void cellsMadeForPeopleAreDatesAndNumbersFormattedAsTheReaderReadsThem() throws Exception {
        org.threepl.portal.application.export.ForPeople people =
                new org.threepl.portal.application.export.ForPeople(new org.threepl.portal.application.i18n.Formats(
                        java.util.Locale.SIMPLIFIED_CHINESE, java.time.ZoneId.of("Asia/Shanghai")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTableWriter w = new XlsxTableWriter(out, "货件")) {
            w.header(List.of("时间", "金额", "数量"));
            w.row(new Object[] {
                people.moment(Instant.parse("2026-01-02T12:00:00Z")),
                people.money(new BigDecimal("-600.0000"), "EUR"),
                people.count(1200)
            });
            w.row(new Object[] {
                people.moment(Instant.parse("2026-01-03T12:00:00Z")), people.money(new BigDecimal("1E+3"), "EUR"), null
            });
        }
        Map<String, Document> parts = unzip(out.toByteArray());
        assertEquals(
                "货件",
                ((Element) parts.get("xl/workbook.xml")
                                .getElementsByTagName("sheet")
                                .item(0))
                        .getAttribute("name"));
        NodeList rows = parts.get("xl/worksheets/sheet1.xml").getElementsByTagName("row");
        List<Element> first = cells(rows, 1);
        assertEquals(
                46024.5 + 8 / 24.0,
                Double.parseDouble(first.get(0).getTextContent()),
                1e-9,
                "20:00 in Shanghai, the reader's wall clock");
        assertEquals("-600", first.get(1).getTextContent(), "the amount itself, a number");
        assertEquals("1200", first.get(2).getTextContent());
        assertEquals("1000", cells(rows, 2).get(1).getTextContent(), "never in scientific notation");

        Map<String, String> formatOfStyle = new HashMap<>();
        Document styles = parts.get("xl/styles.xml");
        Map<String, String> codes = new HashMap<>();
        NodeList numFmts = styles.getElementsByTagName("numFmt");
        for (int i = 0; i < numFmts.getLength(); i++) {
            Element f = (Element) numFmts.item(i);
            codes.put(f.getAttribute("numFmtId"), f.getAttribute("formatCode"));
        }
        NodeList xfs = ((Element) styles.getElementsByTagName("cellXfs").item(0)).getElementsByTagName("xf");
        assertEquals(
                xfs.getLength(),
                Integer.parseInt(
                        ((Element) styles.getElementsByTagName("cellXfs").item(0)).getAttribute("count")));
        for (int i = 0; i < xfs.getLength(); i++) {
            formatOfStyle.put(String.valueOf(i), codes.get(((Element) xfs.item(i)).getAttribute("numFmtId")));
        }
        assertEquals(
                "yyyy\"年\"m\"月\"d\"日\" hh:mm \"CST\"",
                formatOfStyle.get(first.get(0).getAttribute("s")));
        assertEquals("\"€\"#,##0.00", formatOfStyle.get(first.get(1).getAttribute("s")));
        assertEquals("#,##0", formatOfStyle.get(first.get(2).getAttribute("s")));
        assertEquals(first.get(0).getAttribute("s"), cells(rows, 2).get(0).getAttribute("s"), "one style per format");
    }

    @Test
    void rowsBeyondASheetsLimitContinueOnTheNextSheetWithTheHeaderAgain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTableWriter w = new XlsxTableWriter(out, "Shipments", 3)) {
            w.header(List.of("n"));
            for (int i = 0; i < 5; i++) {
                w.row(new Object[] {i});
            }
        }
        Map<String, Document> parts = unzip(out.toByteArray());
        assertEquals(
                3,
                parts.get("xl/worksheets/sheet1.xml")
                        .getElementsByTagName("row")
                        .getLength());
        assertEquals(
                3,
                parts.get("xl/worksheets/sheet2.xml")
                        .getElementsByTagName("row")
                        .getLength());
        assertEquals(
                2,
                parts.get("xl/worksheets/sheet3.xml")
                        .getElementsByTagName("row")
                        .getLength());
        NodeList sheets = parts.get("xl/workbook.xml").getElementsByTagName("sheet");
        assertEquals(3, sheets.getLength());
        assertEquals("Shipments 3", ((Element) sheets.item(2)).getAttribute("name"));
        assertEquals(
                "n",
                parts.get("xl/worksheets/sheet2.xml")
                        .getElementsByTagName("t")
                        .item(0)
                        .getTextContent());
    }

    @Test
    void columnLettersGoPastZ() {
        assertEquals("A", XlsxTableWriter.column(0));
        assertEquals("Z", XlsxTableWriter.column(25));
        assertEquals("AA", XlsxTableWriter.column(26));
        assertEquals("AZ", XlsxTableWriter.column(51));
        assertEquals("BA", XlsxTableWriter.column(52));
    }

    static Map<String, Document> unzip(byte[] xlsx) throws Exception {
        Map<String, Document> parts = new HashMap<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        }
        return parts;
    }

    private static List<Element> cells(NodeList rows, int row) {
        NodeList cs = ((Element) rows.item(row)).getElementsByTagName("c");
        List<Element> list = new java.util.ArrayList<>();
        for (int i = 0; i < cs.getLength(); i++) {
            list.add((Element) cs.item(i));
        }
        return list;
    }
}
