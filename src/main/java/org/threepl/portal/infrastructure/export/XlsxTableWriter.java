package org.threepl.portal.infrastructure.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.threepl.portal.application.export.Shown;
import org.threepl.portal.application.export.TableWriter;

/**
 * An Excel workbook (Office Open XML, .xlsx) written as a stream: the worksheet's rows go straight into the zip as they
 * come, with inline strings, so nothing is held per row. A sheet holds at most {@value #MAX_ROWS} rows (Excel's limit);
 * beyond that the rows continue on the next sheet, each with the header again. Instants are real date-time cells (UTC),
 * numbers are numbers; values made for people ({@link Shown}) are date-time or number cells in the reader's zone,
 * formatted as the reader reads them. The header row is bold, frozen and has a filter.
 */
final class XlsxTableWriter implements TableWriter {

    static final int MAX_ROWS = 1_048_576;
    private static final long EXCEL_EPOCH_DAYS = 25_569; // 1970-01-01 as an Excel serial day (1900 date system)

    private final ZipOutputStream zip;
    private final Writer xml;
    private final String title;
    private final int maxRows;
    /**
     * The number formats of people's cells, in the order first met: the first is style {@value #FIRST_OWN_STYLE},
     * number format 165.
     */
    private final Map<String, Integer> formats = new LinkedHashMap<>();

    private static final int FIRST_OWN_STYLE = 3;
    private List<String> columns;
    private int sheets;
    private int rowInSheet;

    XlsxTableWriter(OutputStream out, String title) {
        this(out, title, MAX_ROWS);
    }

    XlsxTableWriter(OutputStream out, String title, int maxRows) {
        this.maxRows = maxRows;
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        this.title = sheetName(title);
    }

    @Override
    public void header(List<String> columns) throws IOException {
        this.columns = List.copyOf(columns);
        startSheet();
    }

    @Override
    public void row(Object[] values) throws IOException {
        if (rowInSheet == maxRows) {
            endSheet();
            startSheet();
        }
        writeRow(values, false);
    }

    @Override
    public void close() throws IOException {
        if (columns == null) {
            header(List.of());
        }
        endSheet();
        entry("[Content_Types].xml", contentTypes());
        entry("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/>\
                </Relationships>""");
        entry("xl/workbook.xml", workbook());
        entry("xl/_rels/workbook.xml.rels", workbookRelationships());
        entry("xl/styles.xml", styles());
        zip.finish();
        zip.flush();
    }

    private void startSheet() throws IOException {
        sheets++;
        rowInSheet = 0;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets + ".xml"));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                + "activePane=\"bottomLeft\""
                + " state=\"frozen\"/></sheetView></sheetViews>");
        if (!columns.isEmpty()) {
            xml.write("<cols><col min=\"1\" max=\"" + columns.size() + "\" width=\"18\" customWidth=\"1\"/></cols>");
        }
        xml.write("<sheetData>");
        writeRow(columns.toArray(), true);
    }

    private void endSheet() throws IOException {
        xml.write("</sheetData>");
        if (!columns.isEmpty()) {
            xml.write("<autoFilter ref=\"A1:" + column(columns.size() - 1) + rowInSheet + "\"/>");
        }
        xml.write("</worksheet>");
        xml.flush();
        zip.closeEntry();
    }

    private void writeRow(Object[] values, boolean header) throws IOException {
        rowInSheet++;
        xml.write("<row r=\"");
        xml.write(Integer.toString(rowInSheet));
        xml.write("\">");
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String ref = column(i) + rowInSheet;
            if (v instanceof Number n && !header) {
                xml.write("<c r=\"" + ref + "\"><v>" + n + "</v></c>");
            } else if (v instanceof Instant t && !header) {
                double serial = EXCEL_EPOCH_DAYS + t.getEpochSecond() / 86_400.0;
                xml.write("<c r=\"" + ref + "\" s=\"1\"><v>" + serial + "</v></c>");
            } else if (v instanceof Shown.Moment m && !header) {
                double serial = EXCEL_EPOCH_DAYS + m.local().toEpochSecond(ZoneOffset.UTC) / 86_400.0;
                xml.write("<c r=\"" + ref + "\" s=\"" + style(m.spreadsheetFormat()) + "\"><v>" + serial + "</v></c>");
            } else if (v instanceof Shown.Figure f && !header) {
                Object n = f.value() instanceof java.math.BigDecimal b
                        ? b.stripTrailingZeros().toPlainString()
                        : f.value();
                xml.write("<c r=\"" + ref + "\" s=\"" + style(f.spreadsheetFormat()) + "\"><v>" + n + "</v></c>");
            } else {
                xml.write("<c r=\"" + ref + "\" t=\"inlineStr\"" + (header ? " s=\"2\"" : "")
                        + "><is><t xml:space=\"preserve\">");
                escape(Cells.text(v));
                xml.write("</t></is></c>");
            }
        }
        xml.write("</row>");
    }

    /** The style of cells shown with this number format (made the first time it is asked for). */
    private int style(String format) {
        return formats.computeIfAbsent(format, f -> FIRST_OWN_STYLE + formats.size());
    }

    private String styles() {
        StringBuilder numFmts = new StringBuilder("<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm\"/>");
        StringBuilder xfs = new StringBuilder();
        int id = 165;
        for (String format : formats.keySet()) {
            numFmts.append("<numFmt numFmtId=\"")
                    .append(id)
                    .append("\" formatCode=\"")
                    .append(attribute(format))
                    .append("\"/>");
            xfs.append("<xf numFmtId=\"")
                    .append(id)
                    .append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
            id++;
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"" + (1 + formats.size()) + "\">" + numFmts + "</numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz "
                + "val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill "
                + "patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
                + "borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"" + (FIRST_OWN_STYLE + formats.size())
                + "\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" + xfs
                + "</cellXfs>"
                + "</styleSheet>";
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** XML text, without the control characters XML 1.0 cannot carry. */
    private void escape(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> xml.write("&amp;");
                case '<' -> xml.write("&lt;");
                case '>' -> xml.write("&gt;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        xml.write(c);
                    }
                }
            }
        }
    }

    /** A, B, …, Z, AA, AB, … */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(i)
                    .append(".xml\" " + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadshe"
                            + "etml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        for (int i = 1; i <= sheets; i++) {
            String name = sheets == 1 ? title : title + " " + i;
            s.append("<sheet name=\"")
                    .append(name)
                    .append("\" sheetId=\"")
                    .append(i)
                    .append("\" r:id=\"rId")
                    .append(i)
                    .append("\"/>");
        }
        s.append("</sheets>");
        for (int i = 1; i <= sheets; i++) {
            String name = sheets == 1 ? title : title + " " + i;
            s.append(i == 1 ? "<definedNames>" : "")
                    .append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"")
                    .append(i - 1)
                    .append("\" hidden=\"1\">'")
                    .append(name)
                    .append("'!$A$1:$")
                    .append(column(Math.max(0, columns.size() - 1)))
                    .append("$1</definedName>")
                    .append(i == sheets ? "</definedNames>" : "");
        }
        return s.append("</workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Relationship Id=\"rId")
                    .append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/w"
                            + "orksheet\" Target=\"worksheets/sheet")
                    .append(i)
                    .append(".xml\"/>");
        }
        s.append("<Relationship Id=\"rId")
                .append(sheets + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/style"
                        + "s\" Target=\"styles.xml\"/>");
        return s.append("</Relationships>").toString();
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ and no apostrophes (they would need quoting). */
    private static String sheetName(String title) {
        String s = title == null || title.isBlank()
                ? "Sheet"
                : title.replaceAll("[\\[\\]:*?/\\\\'&<>\"]", " ").trim();
        return s.length() > 26 ? s.substring(0, 26) : s; // room for " 2", " 3" … on further sheets
    }
}
