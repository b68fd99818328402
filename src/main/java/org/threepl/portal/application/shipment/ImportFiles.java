package org.threepl.portal.application.shipment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.domain.model.shipment.ImportJob;

/**
 * The files around an import: the template of a kind's file, and the file of an import's rejected lines, as written in
 * the imported file with a last column {@value #ERROR_COLUMN} saying what was wrong, in words. Mended, that file can be
 * imported again as it is (the import reads the columns it knows and passes over the others).
 */
public final class ImportFiles {

    /** The last column of the file of rejected lines. */
    public static final String ERROR_COLUMN = "error";

    /** An imported file's header and some of its lines, as written, by line number (1 is the header). */
    public record Kept(String header, Map<Long, String> lines) {}

    private ImportFiles() {}

    /**
     * Reads the header and the given records of a file as the import numbers them (by the line each starts on), each as
     * its cells with {@code ,} between them whatever the file's delimiter; records that cannot be read are left out.
     */
    public static Kept read(Path file, Set<Long> wanted) throws IOException {
        try (CsvRecords in = CsvRecords.open(Files.newInputStream(file))) {
            if (!(in.next() instanceof CsvRecords.Row header)) {
                return new Kept(null, Map.of());
            }
            Map<Long, String> lines = new HashMap<>();
            for (CsvRecords.Next next; lines.size() < wanted.size() && (next = in.next()) != null; ) {
                if (next instanceof CsvRecords.Row row && wanted.contains(row.line())) {
                    lines.put(row.line(), CsvRecords.text(row.cells()));
                }
            }
            return new Kept(CsvRecords.text(header.cells()), lines);
        }
    }

    /** The template: the header names every column the import of {@code kind} reads, then one example line. */
    public static void writeTemplate(ImportJob.Kind kind, TableWriter out) throws IOException {
        out.header(ImportColumns.of(kind));
        out.row(ImportColumns.example(kind).toArray());
    }

    /**
     * The rejected lines in line order: each with the cells it had in the file (a line that cannot be read as CSV in
     * its first cell as it was; a line not kept empty) and, last, its errors in words.
     */
    public static void writeRejected(
            String header, List<ImportJob.LineProblem> problems, Map<Long, String> lines, TableWriter out)
            throws IOException {
        Map<Long, List<ImportJob.LineProblem>> byLine = new LinkedHashMap<>();
        problems.stream()
                .sorted(java.util.Comparator.comparingLong(ImportJob.LineProblem::line))
                .forEach(p ->
                        byLine.computeIfAbsent(p.line(), l -> new ArrayList<>()).add(p));
        List<String> columns = cells(header);
        Map<Long, List<String>> rows = new LinkedHashMap<>();
        int width = columns.size();
        for (Long line : byLine.keySet()) {
            String raw = lines.get(line);
            List<String> cells = raw == null ? List.of() : cells(raw);
            rows.put(line, cells);
            width = Math.max(width, cells.size());
        }
        List<String> head = new ArrayList<>(columns);
        while (head.size() < width) {
            head.add("");
        }
        head.add(ERROR_COLUMN);
        out.header(head);
        for (Map.Entry<Long, List<ImportJob.LineProblem>> e : byLine.entrySet()) {
            Object[] row = new Object[width + 1];
            List<String> cells = rows.get(e.getKey());
            for (int i = 0; i < width; i++) {
                row[i] = i < cells.size() ? cells.get(i) : "";
            }
            row[width] = errors(e.getKey(), e.getValue());
            out.row(row);
        }
    }

    /** {@code line 4, column transport_mode: ...; column ordered_quantity: ...}. */
    static String errors(long line, List<ImportJob.LineProblem> problems) {
        StringBuilder b = new StringBuilder();
        for (ImportJob.LineProblem p : problems) {
            if (b.isEmpty()) {
                b.append(ImportColumns.describe(line, p.column(), p.message()));
            } else {
                b.append("; ")
                        .append(p.column() == null ? "" : "column " + p.column() + ": ")
                        .append(p.message());
            }
        }
        return b.toString();
    }

    private static List<String> cells(String line) {
        try {
            return CsvRecords.parse(line);
        } catch (IllegalArgumentException unreadable) {
            return List.of(line);
        }
    }
}
