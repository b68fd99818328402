package org.threepl.portal.application.shipment;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.ImportJob;
import org.threepl.portal.domain.model.shipment.ImportJob.Kind;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.ShipmentReference;
import org.threepl.portal.application.OrganisationRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Imports CSV files of shipments or of tracking events: read as a stream ({@link CsvRecords}: RFC 4180 by Commons CSV,
 * {@code ,} or {@code ;}, UTF-8 with or without a byte-order mark), each record checked with the same rules as the JSON API, and stored in chunks, each chunk its own transaction (so memory stays
 * flat and a large file does not hold one huge transaction).
 * <p>
 * On PostgreSQL the checked lines of a chunk ({@code portal.import.chunk.lines}, 20,000) go in by COPY through a
 * staging table ({@link BulkShipmentStore}); elsewhere (the H2 demo database) through the regular
 * batches of {@value #CHUNK}. Both apply the lines in order: a shipment reference given again on a
 * later line updates the shipment, so the last line wins; an event already stored is not stored
 * twice. The report names every rejected line (1 is the header; a record spanning lines by the line it starts on) with its
 * field and reason; the first
 * {@value #MAX_ERRORS} are listed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ShipmentImportService {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ShipmentImportService.class.getName());

    static final int CHUNK = 1000;
    /** Lines per chunk on the COPY path (tests make it small, to cross chunk boundaries with small files). */
    @Inject
    @ConfigProperty(name = "portal.import.chunk.lines", defaultValue = "20000")
    int bulkChunk;
    /** Threads writing chunks to the database at once while the request's thread reads the file (see {@link Bulk}). */
    static final int WRITERS = 2;
    static final int MAX_ERRORS = 1000;
    static final List<String> REQUIRED = List.of("reference", "origin", "destination", "transport_mode", "service_level",
            "pickup_from", "pickup_to", "delivery_from", "delivery_to", "ordered_quantity");
    static final List<String> REQUIRED_EVENTS = List.of("shipment_reference", "event_id", "source_system", "status_code",
            "occurred_at");

    /** Told after every chunk how far an import has come. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (lines, created, updated, rejected) -> { };

        void reached(long lines, long created, long updated, long rejected);
    }

    @Inject
    ShipmentIngestionService ingestion;

    @Inject
    BulkShipmentStore bulk;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** Writes one chunk while the next is read (see {@link Bulk}); without one (outside a server) chunks are written in turn. */
    @Resource
    ManagedExecutorService executor;

    /**
     * One error of a rejected line: {@code field} as the API names it, {@code column} the file's column header as written in
     * the file (none when the whole line is at fault), {@code text} all of it in words:
     * {@code line 14, column delivery_to: ...}.
     */
    public record LineError(long line, String field, String column, String message, String text) {
        public static LineError of(long line, String field, String column, String message) {
            return new LineError(line, field, column, message, ImportColumns.describe(line, column, message));
        }
    }

    /**
     * {@code created} counts new shipments, or events accepted (new or already stored); {@code updated} shipments changed;
     * {@code method} says how the lines went in: {@code copy} (PostgreSQL's COPY) or {@code batches}.
     */
    public record ImportReport(long lines, long created, long updated, long rejected, List<LineError> errors,
                               boolean errorsTruncated, String method, long millis, ImportJob.Outcome outcome) {
    }

    /** A cell that is not what its column takes (a whole number, a number): its field is named, not the whole line. */
    static final class BadCell extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String column;

        BadCell(String column, String message) {
            super(message);
            this.column = column;
        }
    }

    /** The field an error of a whole line's reading names: the column when a cell is at fault, else {@code line}. */
    private static String fieldOf(IllegalArgumentException e) {
        return e instanceof BadCell b ? b.column : "line";
    }

    public ImportReport importShipments(InputStream csv) {
        return run(Kind.SHIPMENTS, csv, callers.current(), Progress.NONE);
    }

    /** Tracking events, by the same rules as {@code POST /api/v1/events}; re-importing a file adds nothing twice. */
    public ImportReport importEvents(InputStream csv) {
        return run(Kind.EVENTS, csv, callers.current(), Progress.NONE);
    }

    /** Imports a file on behalf of {@code caller} (who may have started it on another request or thread). */
    public ImportReport run(Kind kind, InputStream csv, Caller caller, Progress progress) {
        ShipmentIngestionService.writer(caller);
        if (kind == Kind.EVENTS) {
            ingestion.requireEvidenceAccepted(caller);
        }
        long started = System.nanoTime();
        boolean fast = bulk.available();
        Sink sink = switch (kind) {
            case SHIPMENTS -> fast ? new BulkShipments(caller) : new RegularShipments(caller);
            case EVENTS -> fast ? new BulkEvents(caller) : new RegularEvents(caller);
        };
        List<String> required = kind == Kind.SHIPMENTS ? REQUIRED : REQUIRED_EVENTS;
        try (CsvRecords in = CsvRecords.open(csv)) {
            CsvRecords.Next first = in.next();
            if (first == null) {
                throw new DomainRuleViolation("file", "The file is empty; the first line names the columns: " + required);
            }
            if (first instanceof CsvRecords.Problem p) {
                throw new DomainRuleViolation("file", (p.tooLong()
                        ? "The first line is longer than " + CsvRecords.MAX_RECORD + " characters"
                        : "The first line cannot be read (" + p.message() + ")") + "; it should name the columns: " + required);
            }
            List<String> names = ((CsvRecords.Row) first).cells();
            Map<String, Integer> columns = header(names, required);
            Tally tally = new Tally(field -> writtenColumn(kind, field, names, columns));
            long lineNo = 1;
            for (CsvRecords.Next next; (next = in.next()) != null; ) {
                lineNo = next.line();
                if (next instanceof CsvRecords.Problem p) {
                    tally.reject(lineNo, "line", p.message());
                    continue;
                }
                CsvRecords.Row row = (CsvRecords.Row) next;
                if (row.blank()) {
                    continue;
                }
                if (sink.accept(lineNo, row.cells(), columns, tally)) {
                    progress.reached(lineNo - 1, tally.created, tally.updated, tally.rejected);
                }
            }
            sink.flush(tally);
            progress.reached(lineNo - 1, tally.created, tally.updated, tally.rejected);
            tally.errors.sort(java.util.Comparator.comparingLong(LineError::line));
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Imported " + kind + " for " + caller.actor().describe() + ": " + tally.created + " created, " + tally.updated
                    + " updated, " + tally.rejected + " rejected, via " + (fast ? "COPY" : "batches") + " in " + millis + " ms");
            return new ImportReport(lineNo - 1, tally.created, tally.updated, tally.rejected, List.copyOf(tally.errors),
                    tally.errors.size() >= MAX_ERRORS, fast ? "copy" : "batches", millis,
                    ImportJob.Outcome.of(tally.created + tally.updated, tally.rejected));
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read", e);
        }
    }

    /** Counts and the first errors of one import. */
    private static final class Tally {
        long created;
        long updated;
        long rejected;
        final List<LineError> errors = new ArrayList<>();
        /** An error's field as the file's column header, as written. */
        final java.util.function.UnaryOperator<String> column;

        Tally(java.util.function.UnaryOperator<String> column) {
            this.column = column;
        }

        void reject(long line, String field, String message) {
            rejected++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(LineError.of(line, field, column.apply(field), message));
            }
        }

        /** One rejected line with all its errors: counted once, each error listed (up to the cap). */
        void reject(long line, List<BatchResult.ItemError> lineErrors) {
            if (lineErrors.isEmpty()) {
                reject(line, "line", "Not valid");
                return;
            }
            reject(line, lineErrors.get(0).field(), lineErrors.get(0).message());
            for (BatchResult.ItemError e : lineErrors.subList(1, lineErrors.size())) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(LineError.of(line, e.field(), column.apply(e.field()), e.message()));
                }
            }
        }
    }

    /** Takes a file's lines one by one and stores them a chunk at a time. */
    private interface Sink {
        /** Returns true when it stored a chunk (a moment to report progress). */
        boolean accept(long line, List<String> cells, Map<String, Integer> columns, Tally tally);

        void flush(Tally tally);
    }

    /** Lines in chunks of {@value #CHUNK} through the regular batches. */
    private abstract static class Regular<T> implements Sink {
        final List<T> chunk = new ArrayList<>(CHUNK);
        final List<Long> chunkLines = new ArrayList<>(CHUNK);

        abstract T map(List<String> cells, Map<String, Integer> columns);

        abstract BatchResult store(List<T> items);

        /** A key that may appear once per batch; a second one starts a new batch, so that lines apply in order. */
        String key(T item) {
            return null;
        }

        private final java.util.Set<String> keys = new java.util.HashSet<>();

        @Override
        public boolean accept(long line, List<String> cells, Map<String, Integer> columns, Tally tally) {
            T item;
            try {
                item = map(cells, columns);
            } catch (IllegalArgumentException e) {
                tally.reject(line, fieldOf(e), e.getMessage());
                return false;
            }
            boolean stored = false;
            String key = key(item);
            if (key != null && !keys.add(key)) {
                flush(tally);
                keys.add(key);
                stored = true;
            }
            chunk.add(item);
            chunkLines.add(line);
            if (chunk.size() == CHUNK) {
                flush(tally);
                stored = true;
            }
            return stored;
        }

        @Override
        public void flush(Tally tally) {
            if (chunk.isEmpty()) {
                return;
            }
            for (BatchResult.ItemResult item : store(chunk).items()) {
                switch (item.result()) {
                    case "created", "accepted" -> tally.created++;
                    case "updated" -> tally.updated++;
                    default -> {
                        tally.reject(chunkLines.get(item.index()), item.errors());
                    }
                }
            }
            chunk.clear();
            chunkLines.clear();
            keys.clear();
        }
    }

    private final class RegularShipments extends Regular<ShipmentInput> {
        private final Caller caller;

        RegularShipments(Caller caller) {
            this.caller = caller;
        }

        @Override
        ShipmentInput map(List<String> cells, Map<String, Integer> columns) {
            return input(cells, columns);
        }

        @Override
        String key(ShipmentInput item) {
            return (item.organisation() == null ? "" : item.organisation().trim().toUpperCase(Locale.ROOT)) + "|"
                    + (item.reference() == null ? "" : item.reference().trim());
        }

        @Override
        BatchResult store(List<ShipmentInput> items) {
            return ingestion.upsertShipmentsFor(caller, items);
        }
    }

    private final class RegularEvents extends Regular<EventInput> {
        private final Caller caller;

        RegularEvents(Caller caller) {
            this.caller = caller;
        }

        @Override
        EventInput map(List<String> cells, Map<String, Integer> columns) {
            return event(cells, columns);
        }

        @Override
        BatchResult store(List<EventInput> items) {
            return ingestion.recordEventsFor(caller, items);
        }
    }

    /**
     * Lines checked here, then written {@code portal.import.chunk.lines} (20,000) at a time by COPY, by {@value #WRITERS} writers on
     * other threads while this one reads and checks on: each line goes to the writer its shipment's reference
     * picks, and each writer writes its chunks one after the other in the file's order, so a later line for the
     * same shipment still comes after an earlier one. At most one
     * chunk per writer is being written while the next fills; what is left at the end goes in as one chunk in
     * line order (so a file of up to one chunk's lines is written exactly as one chunk). A chunk that
     * lost a race with the other writer (a shipment number taken meanwhile, a deadlock) is written again once the
     * other's chunk is in. The one thing the order of lines no longer decides: when two different references of
     * one file claim the same shipment number and their lines are written at the same moment by the two writers,
     * either may be the one refused (the report names both).
     */
    private abstract class Bulk<S> implements Sink {
        final IngestionChecks.OrganisationResolver orgs;
        final Instant now = clock.instant();
        final int writers = executor == null ? 1 : WRITERS;
        @SuppressWarnings("unchecked")
        final List<S>[] chunks = new List[writers];
        /** Per writer, the chunk being written, if any. */
        @SuppressWarnings("unchecked")
        final Future<BulkShipmentStore.Outcome>[] writing = new Future[writers];
        /** Who imports: recorded with every plan change and as the reporter of every event. */
        final org.threepl.portal.domain.model.shared.Actor actor;
        final org.threepl.portal.domain.model.shipment.Reporter.Side side;

        Bulk(Caller caller) {
            this.orgs = new IngestionChecks.OrganisationResolver(caller, organisations);
            this.actor = caller.actor();
            this.side = ShipmentIngestionService.sideOf(caller);
            for (int i = 0; i < writers; i++) {
                chunks[i] = new ArrayList<>(bulkChunk);
            }
        }

        /** The staged row, or null with the line's errors recorded. */
        abstract S check(long line, List<String> cells, Map<String, Integer> columns, IngestionChecks.Errors errors);

        /** What decides the writer of a row: rows with the same key are written in order. */
        abstract Object key(S row);

        abstract long line(S row);

        abstract BulkShipmentStore.Outcome store(List<S> rows);

        @Override
        public boolean accept(long line, List<String> cells, Map<String, Integer> columns, Tally tally) {
            IngestionChecks.Errors errors = new IngestionChecks.Errors();
            S row;
            try {
                row = check(line, cells, columns, errors);
            } catch (IllegalArgumentException e) {
                errors.add(fieldOf(e), e.getMessage());
                row = null;
            }
            if (row == null) {
                tally.reject(line, errors.list());
                return false;
            }
            int w = writers == 1 ? 0 : Math.floorMod(key(row).hashCode(), writers);
            List<S> chunk = chunks[w];
            chunk.add(row);
            if (chunk.size() < bulkChunk) {
                return false;
            }
            boolean stored = await(w, tally);
            chunks[w] = new ArrayList<>(bulkChunk);
            writing[w] = executor == null ? CompletableFuture.completedFuture(store(chunk))
                    : executor.submit(() -> storeRetrying(chunk));
            return stored;
        }

        /** The rest of every writer goes in as one last chunk in line order: a file of one chunk is written as one. */
        @Override
        public void flush(Tally tally) {
            List<S> rest = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                await(w, tally);
                rest.addAll(chunks[w]);
                chunks[w].clear();
            }
            if (!rest.isEmpty()) {
                rest.sort(java.util.Comparator.comparingLong(this::line));
                count(store(rest), tally);
            }
        }

        /** Retries a chunk that clashed with another writer's (each try is a transaction of its own). */
        private BulkShipmentStore.Outcome storeRetrying(List<S> rows) throws InterruptedException {
            for (int attempt = 1; ; attempt++) {
                try {
                    return store(rows);
                } catch (RuntimeException e) {
                    if (attempt == 3 || !clashed(e)) {
                        throw e;
                    }
                    Thread.sleep(200L * attempt); // the other writer's chunk commits meanwhile
                }
            }
        }

        /** Waits for writer w's chunk and counts it; true if there was one. */
        private boolean await(int w, Tally tally) {
            if (writing[w] == null) {
                return false;
            }
            try {
                count(writing[w].get(), tally);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                writing[w] = null;
            }
            return true;
        }

        private void count(BulkShipmentStore.Outcome outcome, Tally tally) {
            tally.created += outcome.created();
            tally.updated += outcome.updated();
            outcome.rejected().forEach(r -> tally.reject(r.line(), r.field(), r.message()));
        }
    }

    /** A unique key taken or a deadlock: what two writers can do to each other; the loser's chunk can simply go again. */
    private static boolean clashed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("23505".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private final class BulkShipments extends Bulk<BulkShipmentStore.StagedShipment> {
        BulkShipments(Caller caller) {
            super(caller);
        }

        @Override
        BulkShipmentStore.StagedShipment check(long line, List<String> cells, Map<String, Integer> columns,
                                               IngestionChecks.Errors errors) {
            ShipmentInput in = input(cells, columns);
            Long orgId = orgs.resolve(in.organisation(), errors);
            ShipmentReference ref = errors.capture("reference", () -> ShipmentReference.of(in.reference()));
            Shipment.Plan plan = IngestionChecks.plan(in, errors);
            if (errors.any() || orgId == null) {
                return null;
            }
            return new BulkShipmentStore.StagedShipment(line, orgId, ref.value(), plan.shipmentNumber(), plan.origin(),
                    plan.destination(), Shipment.laneOf(plan.origin(), plan.destination()), plan.transportMode().name(),
                    plan.serviceLevel(), plan.pickupWindow().from(), plan.pickupWindow().to(), plan.deliveryWindow().from(),
                    plan.deliveryWindow().to(), plan.orderedQuantity(), plan.weightKg(),
                    plan.declaredValue() == null ? null : plan.declaredValue().amount(),
                    plan.declaredValue() == null ? null : plan.declaredValue().currency().getCurrencyCode());
        }

        @Override
        Object key(BulkShipmentStore.StagedShipment row) {
            return row.reference();
        }

        @Override
        long line(BulkShipmentStore.StagedShipment row) {
            return row.line();
        }

        @Override
        BulkShipmentStore.Outcome store(List<BulkShipmentStore.StagedShipment> rows) {
            return bulk.storeShipments(rows, now, actor, side);
        }
    }

    private final class BulkEvents extends Bulk<BulkShipmentStore.StagedEvent> {
        BulkEvents(Caller caller) {
            super(caller);
        }

        @Override
        BulkShipmentStore.StagedEvent check(long line, List<String> cells, Map<String, Integer> columns,
                                            IngestionChecks.Errors errors) {
            EventInput in = event(cells, columns);
            Long orgId = orgs.resolve(in.organisation(), errors);
            IngestionChecks.CheckedEvent e = IngestionChecks.event(in, errors, now);
            if (e == null || orgId == null) {
                return null;
            }
            return new BulkShipmentStore.StagedEvent(line, orgId, e.reference(), e.code().name(),
                    e.reason() == null ? null : e.reason().name(), e.occurred().toInstant(), e.occurred().getZone().getId(),
                    e.location() == null || e.location().isBlank() ? null : e.location().strip(), e.source(), e.eventId());
        }

        /** A shipment's events go to one writer: two writers deriving the same shipment's status would wait on each other. */
        @Override
        Object key(BulkShipmentStore.StagedEvent row) {
            return row.reference();
        }

        @Override
        long line(BulkShipmentStore.StagedEvent row) {
            return row.line();
        }

        @Override
        BulkShipmentStore.Outcome store(List<BulkShipmentStore.StagedEvent> rows) {
            BulkShipmentStore.Outcome o = bulk.storeEvents(rows, now,
                    org.threepl.portal.domain.model.shipment.Reporter.of(actor, side == org.threepl.portal.domain.model.shipment.Reporter.Side.PROVIDER));
            // like the API, an event already stored counts as accepted: every line not refused
            return new BulkShipmentStore.Outcome(rows.size() - o.rejected().size(), 0, o.rejected());
        }
    }

    /** The column an error's field names, as the file's header writes it (the template's name if the file lacks it). */
    static String writtenColumn(Kind kind, String field, List<String> names, Map<String, Integer> columns) {
        String column = ImportColumns.columnOf(kind, field);
        if (column == null) {
            return null;
        }
        Integer i = columns.get(column);
        return i == null ? column : names.get(i).strip();
    }

    static Map<String, Integer> header(List<String> names, List<String> required) {
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
                integer(cell(cells, columns, "ordered_quantity"), "orderedQuantity"),
                decimal(cell(cells, columns, "weight_kg"), "weightKg"), decimal(cell(cells, columns, "declared_value"), "declaredValue"),
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
            throw new BadCell(field, "Not a whole number: " + s);
        }
    }

    private static BigDecimal decimal(String s, String field) {
        try {
            return s == null ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new BadCell(field, "Not a number: " + s);
        }
    }
}
