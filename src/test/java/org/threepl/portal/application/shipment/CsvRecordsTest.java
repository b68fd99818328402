package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.infrastructure.export.StreamingTableWriters;

class CsvRecordsTest {

    private static final List<String> AWKWARD = List.of(
            "say \"hi\"",
            "two\nlines",
            "three\r\nlines\r\nhere",
            "=SUM(A1)",
            "+1",
            "-5",
            "@x",
            "\tTab",
            "'=already quoted",
            "'plain apostrophe",
            "上海 浦东新区, 仓库 3 号",
            "深圳\n\"南山\"",
            "comma, and ; semicolon",
            "",
            " padded ",
            "=HYPERLINK(\"http://evil\")",
            "-",
            "'");

    private static List<CsvRecords.Next> all(String text) throws IOException {
        return all(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<CsvRecords.Next> all(InputStream in) throws IOException {
        List<CsvRecords.Next> out = new ArrayList<>();
        try (CsvRecords records = CsvRecords.open(in)) {
            for (CsvRecords.Next n; (n = records.next()) != null; ) {
                out.add(n);
            }
        }
        return out;
    }

    private static CsvRecords.Row row(long line, String... cells) {
        return new CsvRecords.Row(line, List.of(cells));
    }

    @Test
    void tenThousandShipmentsWrittenByTheExportsCsvWriterReadBackToEqualRows() throws IOException {
        List<String> columns = ImportColumns.SHIPMENTS;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            List<String> row = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                row.add(c == 1 ? "PO-" + i : AWKWARD.get((i * 7 + c) % AWKWARD.size()) + (c % 3 == 0 ? "" : " " + i));
            }
            rows.add(row);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (TableWriter out = new StreamingTableWriters().open(TableWriter.Format.CSV, file, "Shipments")) {
            out.header(columns);
            for (List<String> row : rows) {
                out.row(row.toArray());
            }
        }
        String written = file.toString(StandardCharsets.UTF_8);
        assertTrue(
                written.startsWith("\ufeff") && written.contains("\"'=SUM(A1)\"") || written.contains("'=SUM(A1)"),
                "defused as exported");

        List<CsvRecords.Next> read = all(new ByteArrayInputStream(file.toByteArray()));
        assertEquals(row(1, columns.toArray(String[]::new)), read.get(0));
        assertEquals(10_001, read.size());
        long line = 2;
        for (int i = 0; i < rows.size(); i++) {
            CsvRecords.Next next = read.get(i + 1);
            assertEquals(new CsvRecords.Row(line, rows.get(i)), next, "record " + i);
            line += 1
                    + rows.get(i).stream().mapToLong(CsvRecordsTest::lineBreaks).sum();
        }
    }

    private static long lineBreaks(String s) {
        return s.replace("\r\n", "\n")
                .chars()
                .filter(c -> c == '\n' || c == '\r')
                .count();
    }

    @Test
    void aSemicolonFileIsReadByItsHeaderWithOrWithoutByteOrderMark() throws IOException {
        String file = "reference;origin;destination\r\nR-1;\"Ningbo; Zhejiang\";Hamburg, DE\r\nR-2;;x\r\n";
        for (String text : List.of(file, "\ufeff" + file)) {
            assertEquals(
                    List.of(
                            row(1, "reference", "origin", "destination"),
                            row(2, "R-1", "Ningbo; Zhejiang", "Hamburg, DE"),
                            row(3, "R-2", "", "x")),
                    all(text));
        }
        assertEquals(';', CsvRecords.delimiterOf("reference;origin;destination"));
        assertEquals(
                ',',
                CsvRecords.delimiterOf("reference,origin;x,destination"),
                "the delimiter that splits into known names");
        assertEquals(',', CsvRecords.delimiterOf("a;b"), "no known names: a comma");
        assertEquals(
                List.of(row(1, "reference", "origin"), row(2, "R;1", "x")),
                all("\ufeffreference,origin\nR;1,x"),
                "a comma file with a BOM, LF line ends and no line break at the end");
    }

    @Test
    void aRecordWithAQuotedLineBreakIsToldByTheLineItStartsOn() throws IOException {
        assertEquals(
                List.of(
                        row(1, "reference", "origin"),
                        row(2, "A", "two\r\nlines"),
                        row(4, "B", "x"),
                        row(5, ""),
                        row(6, "C", "one\nmore\nand\rCR")),
                all("reference,origin\r\nA,\"two\r\nlines\"\r\nB,x\r\n\r\nC,\"one\nmore\nand\rCR\"\r\n"));
    }

    @Test
    void anUnclosedQuoteIsAProblemOfItsLineAndTheLinesAfterItAreStillRead() throws IOException {
        List<CsvRecords.Next> read = all("reference,origin\r\nR-1,x\r\n\"open,x\r\nR-3,y\r\nR-4,z\r\n");
        assertEquals(row(2, "R-1", "x"), read.get(1));
        CsvRecords.Problem p = assertInstanceOf(CsvRecords.Problem.class, read.get(2));
        assertEquals(3, p.line());
        assertEquals(
                "A quoted cell opened on this line is not closed by the end of the file; the line was skipped",
                p.message());
        assertEquals(List.of(row(4, "R-3", "y"), row(5, "R-4", "z")), read.subList(3, 5));
        assertEquals(5, read.size());

        read = all("reference,origin\n\"a\"b,c\nR-3,y\n");
        assertEquals(2, assertInstanceOf(CsvRecords.Problem.class, read.get(1)).line(), "a quote followed by text");
        assertEquals(row(3, "R-3", "y"), read.get(2));
    }

    @Test
    void anOverLongFieldOrLineIsAProblemOfItsLineAndReadingGoesOn() throws IOException {
        String big = "x".repeat(CsvRecords.MAX_RECORD + 10);
        for (String text : List.of(
                "reference,origin\r\nR-1,\"" + big + "\"\r\nR-2,y\r\n",
                "reference,origin\r\nR-1," + big.repeat(5) + "\r\nR-2,y\r\n",
                "reference,origin\nR-1," + big.repeat(5) + "\rR-2,y\n")) {
            List<CsvRecords.Next> read = all(text);
            CsvRecords.Problem p = assertInstanceOf(CsvRecords.Problem.class, read.get(1));
            assertEquals(2, p.line());
            assertTrue(p.tooLong(), p.message());
            assertEquals(List.of(row(3, "R-2", "y")), read.subList(2, read.size()));
        }
        // a quote never closed in a long file: the reading stops after a bound, and goes on at the next line
        StringBuilder text = new StringBuilder("reference,origin\n\"open,x\n");
        for (int i = 3; i <= 20_000; i++) {
            text.append("R-").append(i).append(",y\n");
        }
        List<CsvRecords.Next> read = all(text.toString());
        assertEquals(2, assertInstanceOf(CsvRecords.Problem.class, read.get(1)).line());
        assertEquals(row(3, "R-3", "y"), read.get(2));
        assertEquals(row(20_000, "R-20000", "y"), read.get(read.size() - 1));
    }

    @Test
    void aMillionLinesAreReadAsAStream() throws IOException {
        byte[] line = ("R-1,Shanghai,Hamburg,SEA,STANDARD,2026-11-03T08:00:00Z,2026-11-03T12:00:00Z,"
                        + "2026-12-01T08:00:00Z,2026-12-01T17:00:00Z,120\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] header =
                String.join(",", ImportColumns.REQUIRED_SHIPMENTS).concat("\n").getBytes(StandardCharsets.UTF_8);
        long total = header.length + 1_000_000L * line.length;
        InputStream generated = new InputStream() {
            long at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= total) {
                    return -1;
                }
                int n = 0;
                while (n < len && at < total) {
                    long i = at - header.length;
                    byte[] from = i < 0 ? header : line;
                    int p = i < 0 ? (int) at : (int) (i % line.length);
                    int k = (int) Math.min(Math.min(len - n, from.length - p), total - at);
                    System.arraycopy(from, p, b, off + n, k);
                    n += k;
                    at += k;
                }
                return n;
            }
        };
        long count = 0;
        CsvRecords.Next last = null;
        try (CsvRecords records = CsvRecords.open(generated)) {
            for (CsvRecords.Next n; (n = records.next()) != null; ) {
                count++;
                last = n;
            }
        }
        assertEquals(1_000_001, count);
        assertEquals(1_000_001, last.line());
    }

    @Test
    void anEmptyFileHasNoRecords() throws IOException {
        try (CsvRecords records = CsvRecords.open(new ByteArrayInputStream(new byte[0]))) {
            assertNull(records.next());
        }
        assertEquals(List.of(), all("\ufeff"));
    }

    @Test
    void oneRecordsCellsFollowRfc4180() {
        assertEquals(List.of("a", "b", "c"), CsvRecords.parse("a,b,c"));
        assertEquals(List.of("a", "", ""), CsvRecords.parse("a,,"));
        assertEquals(List.of("Ningbo, Zhejiang", "x"), CsvRecords.parse("\"Ningbo, Zhejiang\",x"));
        assertEquals(List.of("say \"hi\""), CsvRecords.parse("\"say \"\"hi\"\"\""));
        assertEquals(List.of("", "a", "", "b", ""), CsvRecords.parse(",a,,b,"));
        assertEquals(List.of(""), CsvRecords.parse(""));
        assertEquals(List.of("x y", " z "), CsvRecords.parse("x y, z "));
        assertEquals(
                CsvRecords.parse("\"IMP-1\",Shanghai,,2026-10-01T08:00:00Z"),
                CsvRecords.parse("IMP-1,Shanghai,,2026-10-01T08:00:00Z"),
                "the same cells as the quoted form");
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("\"open,x"));
    }
}
