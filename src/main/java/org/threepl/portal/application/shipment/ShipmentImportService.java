package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports CSV files of shipments or of tracking events: read as a stream, checked line by line with the same rules as
 * the JSON API, stored in chunks of {@value #CHUNK} lines, each chunk its own transaction (so memory
 * stays flat and a large file does not hold one huge transaction). The report names every rejected
 * line (1 is the header) with its field and reason; the first {@value #MAX_ERRORS} are listed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ShipmentImportService {

    static final int CHUNK = 1000;
    static final int MAX_ERRORS = 1000;
    static final List<String> REQUIRED = List.of("reference", "origin", "destination", "transport_mode", "service_level",
            "pickup_from", "pickup_to", "delivery_from", "delivery_to", "ordered_quantity");
    static final List<String> REQUIRED_EVENTS = List.of("shipment_reference", "event_id", "source_system", "status_code",
            "occurred_at");

    /** Turns one line's cells into an item of a batch. */
    private interface LineMapper<T> {
        T map(List<String> cells, Map<String, Integer> columns);
    }

    @Inject
    ShipmentIngestionService ingestion;

    public record LineError(long line, String field, String message) {
    }

    /** {@code created} counts new shipments, or events accepted (new or already stored); {@code updated} shipments changed. */
    public record ImportReport(long lines, long created, long updated, long rejected, List<LineError> errors,
                               boolean errorsTruncated) {
    }

    public ImportReport importShipments(InputStream csv) {
        return run(csv, REQUIRED, ShipmentImportService::input, chunk -> ingestion.upsertShipments(chunk, null, null));
    }

    /** Tracking events, by the same rules as {@code POST /api/v1/events}; re-importing a file adds nothing twice. */
    public ImportReport importEvents(InputStream csv) {
        return run(csv, REQUIRED_EVENTS, ShipmentImportService::event, chunk -> ingestion.recordEvents(chunk, null, null));
    }

    private <T> ImportReport run(InputStream csv, List<String> required, LineMapper<T> mapper,
                                 java.util.function.Function<List<T>, BatchResult> store) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new DomainRuleViolation("file", "The file is empty; the first line names the columns: " + required);
            }
            Map<String, Integer> columns = header(parse(stripBom(headerLine)), required);
            long lineNo = 1;
            long created = 0;
            long updated = 0;
            long rejected = 0;
            List<LineError> errors = new ArrayList<>();
            List<T> chunk = new ArrayList<>(CHUNK);
            List<Long> chunkLines = new ArrayList<>(CHUNK);
            String line;
            while (true) {
                line = in.readLine();
                if (line != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        chunk.add(mapper.map(parse(line), columns));
                        chunkLines.add(lineNo);
                    } catch (IllegalArgumentException e) {
                        rejected++;
                        add(errors, new LineError(lineNo, "line", e.getMessage()));
                    }
                }
                if (chunk.size() == CHUNK || (line == null && !chunk.isEmpty())) {
                    BatchResult result = store.apply(chunk);
                    for (BatchResult.ItemResult item : result.items()) {
                        switch (item.result()) {
                            case "created", "accepted" -> created++;
                            case "updated" -> updated++;
                            default -> {
                                rejected++;
                                long at = chunkLines.get(item.index());
                                item.errors().forEach(e -> add(errors, new LineError(at, e.field(), e.message())));
                            }
                        }
                    }
                    chunk.clear();
                    chunkLines.clear();
                }
                if (line == null) {
                    break;
                }
            }
            return new ImportReport(lineNo - 1, created, updated, rejected, errors, errors.size() >= MAX_ERRORS);
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read", e);
        }
    }

    private static void add(List<LineError> errors, LineError e) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(e);
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\ufeff") ? s.substring(1) : s;
    }

    private static Map<String, Integer> header(List<String> names, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("file", "The header lacks the columns " + missing + "; required: " + required);
        }
        return columns;
    }

    private static ShipmentInput input(List<String> cells, Map<String, Integer> columns) {
        return new ShipmentInput(cell(cells, columns, "organisation"), cell(cells, columns, "reference"),
                cell(cells, columns, "shipment_number"), cell(cells, columns, "origin"), cell(cells, columns, "destination"),
                cell(cells, columns, "transport_mode"), cell(cells, columns, "service_level"), cell(cells, columns, "pickup_from"),
                cell(cells, columns, "pickup_to"), cell(cells, columns, "delivery_from"), cell(cells, columns, "delivery_to"),
                integer(cell(cells, columns, "ordered_quantity"), "ordered_quantity"),
                decimal(cell(cells, columns, "weight_kg"), "weight_kg"), decimal(cell(cells, columns, "declared_value"), "declared_value"),
                cell(cells, columns, "currency"));
    }

    private static EventInput event(List<String> cells, Map<String, Integer> columns) {
        return new EventInput(cell(cells, columns, "organisation"), cell(cells, columns, "shipment_reference"),
                cell(cells, columns, "event_id"), cell(cells, columns, "source_system"), cell(cells, columns, "status_code"),
                cell(cells, columns, "reason_code"), cell(cells, columns, "occurred_at"), cell(cells, columns, "zone"),
                cell(cells, columns, "location"));
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String v = cells.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    private static Integer integer(String s, String field) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a whole number: " + s);
        }
    }

    private static BigDecimal decimal(String s, String field) {
        try {
            return s == null ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a number: " + s);
        }
    }

    /** One CSV record (RFC 4180: quoted cells, doubled quotes); a record must fit on one line. */
    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted cell is not closed on this line");
        }
        cells.add(cell.toString());
        return cells;
    }
}
