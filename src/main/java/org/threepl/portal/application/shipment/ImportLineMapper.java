package org.threepl.portal.application.shipment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threepl.portal.application.shipment.ShipmentImportService.LineError;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.ImportJob.Kind;

/**
 * One import file's header and the reading of each of its records into the API's input ({@link ShipmentInput},
 * {@link EventInput}). The header names the columns in any order and case; the required ones of {@link ImportColumns}
 * must be there, others (a note, the {@code error} column of a rejected-lines file) are passed over. A cell is read by
 * its column's name, trimmed, empty as absent; numbers are read here, everything else is checked by the writer with the
 * API's rules. Errors name the file's column as its header writes it.
 */
final class ImportLineMapper<T> {

    /** A record read: its input, or why it was refused. */
    sealed interface Mapped<T> permits Read, Refused {}

    record Read<T>(ImportChunkWriter.Line<T> line) implements Mapped<T> {}

    record Refused<T>(long line, List<LineError> errors) implements Mapped<T> {}

    /** A cell that is not what its column takes (a whole number, a number): its field is named, not the whole line. */
    static final class BadCell extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String field;

        BadCell(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** Reads one record's cells into an input; a {@link BadCell} for a cell it cannot read. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(Cells cells);
    }

    private final Kind kind;
    /** The header's names as written. */
    private final List<String> names;
    /** A column's index by its name in lower case. */
    private final Map<String, Integer> columns;

    private final Reading<T> reading;

    private ImportLineMapper(Kind kind, List<String> names, Reading<T> reading) {
        this.kind = kind;
        this.names = List.copyOf(names);
        this.columns = header(names, ImportColumns.required(kind));
        this.reading = reading;
    }

    /**
     * The mapper of a shipments file whose first record is {@code first}; a {@link DomainRuleViolation} on {@code file}
     * for a bad header.
     */
    static ImportLineMapper<ShipmentInput> shipments(CsvRecords.Next first) {
        return new ImportLineMapper<>(Kind.SHIPMENTS, names(first, Kind.SHIPMENTS), ImportLineMapper::shipment);
    }

    /** The mapper of a tracking events file whose first record is {@code first}. */
    static ImportLineMapper<EventInput> events(CsvRecords.Next first) {
        return new ImportLineMapper<>(Kind.EVENTS, names(first, Kind.EVENTS), ImportLineMapper::event);
    }

    /** The header's names; the first record null (an empty file) or unreadable is the file's error. */
    private static List<String> names(CsvRecords.Next first, Kind kind) {
        List<String> required = ImportColumns.required(kind);
        if (first == null) {
            throw new DomainRuleViolation(
                    "file",
                    "rule.import.file.empty",
                    "The file is empty; the first line names the columns: {0}",
                    required);
        }
        if (first instanceof CsvRecords.Problem p) {
            throw p.tooLong()
                    ? new DomainRuleViolation(
                            "file",
                            "rule.import.header.tooLong",
                            "The first line is longer than {0} characters; it should name the columns: {1}",
                            CsvRecords.MAX_RECORD,
                            required)
                    : new DomainRuleViolation(
                            "file",
                            "rule.import.header.unreadable",
                            "The first line cannot be read ({0}); it should name the columns: {1}",
                            p.message(),
                            required);
        }
        return ((CsvRecords.Row) first).cells();
    }

    /** Each column's index by its name (trimmed, lower case); the file's error when a required one is missing. */
    static Map<String, Integer> header(List<String> names, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing =
                required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation(
                    "file",
                    "rule.import.header.missing",
                    "The header lacks the columns {0}; required: {1}",
                    missing,
                    required);
        }
        return columns;
    }

    /** A record after the header: its input, its errors, or null for a blank line (passed over). */
    Mapped<T> map(CsvRecords.Next next) {
        if (next instanceof CsvRecords.Problem p) {
            return new Refused<>(p.line(), List.of(error(p.line(), "line", p.message())));
        }
        CsvRecords.Row row = (CsvRecords.Row) next;
        if (row.blank()) {
            return null;
        }
        try {
            return new Read<>(new ImportChunkWriter.Line<>(row.line(), reading.read(new Cells(row.cells(), columns))));
        } catch (IllegalArgumentException e) {
            String field = e instanceof BadCell b ? b.field : "line";
            return new Refused<>(row.line(), List.of(error(row.line(), field, e.getMessage())));
        }
    }

    /** An error of a line, its field named by the file's column as written. */
    LineError error(long line, String field, String message) {
        return LineError.of(line, field, writtenColumn(field), message);
    }

    /** Every error of a refused line ({@code Not valid} when the writer gave none). */
    List<LineError> errors(ImportChunkWriter.Rejected rejected) {
        if (rejected.errors().isEmpty()) {
            return List.of(error(rejected.line(), "line", "Not valid"));
        }
        List<LineError> errors = new ArrayList<>(rejected.errors().size());
        rejected.errors().forEach(e -> errors.add(LineError.of(rejected.line(), writtenColumn(e.field()), e)));
        return errors;
    }

    /** The column an error's field names, as the file's header writes it (the template's name if the file lacks it). */
    String writtenColumn(String field) {
        String column = ImportColumns.columnOf(kind, field);
        if (column == null) {
            return null;
        }
        Integer i = columns.get(column);
        return i == null ? column : names.get(i).strip();
    }

    private static ShipmentInput shipment(Cells c) {
        return new ShipmentInput(
                c.text("organisation"),
                c.text("reference"),
                c.text("shipment_number"),
                c.text("origin"),
                c.text("destination"),
                c.text("transport_mode"),
                c.text("service_level"),
                c.text("pickup_from"),
                c.text("pickup_to"),
                c.text("delivery_from"),
                c.text("delivery_to"),
                c.integer("ordered_quantity", "orderedQuantity"),
                c.decimal("weight_kg", "weightKg"),
                c.decimal("declared_value", "declaredValue"),
                c.text("currency"));
    }

    private static EventInput event(Cells c) {
        return new EventInput(
                c.text("organisation"),
                c.text("shipment_reference"),
                c.text("event_id"),
                c.text("source_system"),
                c.text("status_code"),
                c.text("reason_code"),
                c.text("occurred_at"),
                c.text("zone"),
                c.text("location"));
    }

    /** One record's cells by column name. */
    private record Cells(List<String> cells, Map<String, Integer> columns) {

        /** The cell trimmed; null when the file has no such column, the line stops short of it or it is empty. */
        String text(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= cells.size()) {
                return null;
            }
            String v = cells.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        Integer integer(String column, String field) {
            String s = text(column);
            try {
                return s == null ? null : Integer.valueOf(s);
            } catch (NumberFormatException e) {
                throw new BadCell(field, "Not a whole number: " + s);
            }
        }

        BigDecimal decimal(String column, String field) {
            String s = text(column);
            try {
                return s == null ? null : new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw new BadCell(field, "Not a number: " + s);
            }
        }
    }
}
