package org.threepl.portal.application.shipment;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.logging.Logger;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.domain.model.shipment.ImportJob;
import org.threepl.portal.domain.model.shipment.ImportJob.Kind;

/**
 * Imports CSV files of shipments or of tracking events: the file read as a stream ({@link CsvRecords}), each record
 * read into the API's input ({@link ImportLineMapper}), the lines gathered into chunks that the
 * {@link ImportChunkWriter} writes, each chunk in transactions of its own (so memory stays flat and a large file holds
 * no huge transaction), with the same checks as the JSON API. The writer is the database's: COPY on PostgreSQL, the
 * regular batches elsewhere.
 *
 * <p>Lines apply in order: a shipment reference given again on a later line updates the shipment, so the last line
 * wins; an event already stored is not stored twice. The report names every rejected line (1 is the header; a record
 * spanning lines by the line it starts on) with its field, the file's column and the reason; the first
 * {@value #MAX_ERRORS} are listed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ShipmentImportService {

    private static final Logger LOG = Logger.getLogger(ShipmentImportService.class.getName());

    static final int MAX_ERRORS = 1000;

    /** Told after every chunk how far an import has come. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (lines, created, updated, rejected) -> {};

        void reached(long lines, long created, long updated, long rejected);
    }

    @Inject
    ShipmentIngestionService ingestion;

    @Inject
    ImportChunkWriter writer;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /**
     * Writes chunks while this thread reads on (see {@link Chunks}); without one (outside a server) chunks are written
     * in turn.
     */
    @Resource
    ManagedExecutorService executor;

    /**
     * One error of a rejected line: {@code field} as the API names it, {@code column} the file's column header as
     * written in the file (none when the whole line is at fault), {@code text} all of it in words: {@code line 14,
     * column delivery_to: ...}; {@code rule} the rule broken, when one is ({@code rule.…}), with the values its text
     * names as they print ({@code args}: for the page, which shows the rule in its reader's language).
     */
    public record LineError(
            long line,
            String field,
            String column,
            String message,
            String text,
            String rule,
            @JsonbTransient List<String> args) {

        public LineError {
            args = args == null ? List.of() : List.copyOf(args);
        }

        /** An error in words from outside the rules (the file's reader's, a parser's). */
        public static LineError of(long line, String field, String column, String message) {
            return of(line, column, new BatchResult.ItemError(field, message, null));
        }

        /** An item's error as the error of its line, its field as the file's column names it. */
        public static LineError of(long line, String column, BatchResult.ItemError e) {
            return new LineError(
                    line,
                    e.field(),
                    column,
                    e.message(),
                    ImportColumns.describe(line, column, e.message()),
                    e.rule(),
                    e.args());
        }
    }

    /**
     * {@code created} counts new shipments, or events accepted (new or already stored); {@code updated} shipments
     * changed; {@code method} says how the lines went in: {@code copy} (PostgreSQL's COPY) or {@code batches}.
     */
    public record ImportReport(
            long lines,
            long created,
            long updated,
            long rejected,
            List<LineError> errors,
            boolean errorsTruncated,
            String method,
            long millis,
            ImportJob.Outcome outcome) {}

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
        ImportChunkWriter.Context context = new ImportChunkWriter.Context(caller, clock.instant());
        try (CsvRecords in = CsvRecords.open(csv)) {
            Tally tally = switch (kind) {
                case SHIPMENTS ->
                    read(
                            in,
                            ImportLineMapper.shipments(in.next()),
                            new Chunks<>(
                                    chunk -> writer.writeShipments(context, chunk), ShipmentImportService::shipmentKey),
                            progress);
                case EVENTS ->
                    read(
                            in,
                            ImportLineMapper.events(in.next()),
                            new Chunks<>(chunk -> writer.writeEvents(context, chunk), e -> key(e.shipmentReference())),
                            progress);
            };
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Imported " + kind + " for " + caller.actor().describe() + ": " + tally.created
                    + " created, " + tally.updated + " updated, " + tally.rejected + " rejected, via " + writer.method()
                    + " in " + millis + " ms");
            tally.errors.sort(Comparator.comparingLong(LineError::line));
            return new ImportReport(
                    tally.lines,
                    tally.created,
                    tally.updated,
                    tally.rejected,
                    List.copyOf(tally.errors),
                    tally.errors.size() >= MAX_ERRORS,
                    writer.method(),
                    millis,
                    ImportJob.Outcome.of(tally.created + tally.updated, tally.rejected));
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read", e);
        }
    }

    /** Reads every record after the header, refusing those that cannot be read and writing the others in chunks. */
    private <T> Tally read(CsvRecords in, ImportLineMapper<T> mapper, Chunks<T> chunks, Progress progress)
            throws IOException {
        Tally tally = new Tally(mapper);
        for (CsvRecords.Next next; (next = in.next()) != null; ) {
            tally.lines = next.line() - 1;
            ImportLineMapper.Mapped<T> mapped = mapper.map(next);
            if (mapped instanceof ImportLineMapper.Refused<T> refused) {
                tally.reject(refused.errors());
            } else if (mapped instanceof ImportLineMapper.Read<T> read && chunks.add(read.line(), tally)) {
                progress.reached(tally.lines, tally.created, tally.updated, tally.rejected);
            }
        }
        chunks.finish(tally);
        progress.reached(tally.lines, tally.created, tally.updated, tally.rejected);
        return tally;
    }

    /** The shipment a line is about, deciding its writer (as {@code ShipmentReference} reads it: trimmed). */
    private static Object shipmentKey(ShipmentInput in) {
        return key(in.reference());
    }

    private static Object key(String reference) {
        return reference == null ? "" : reference.trim();
    }

    /** Counts and the first errors of one import. */
    private static final class Tally {
        long lines;
        long created;
        long updated;
        long rejected;
        final List<LineError> errors = new ArrayList<>();
        final ImportLineMapper<?> mapper;

        Tally(ImportLineMapper<?> mapper) {
            this.mapper = mapper;
        }

        /** One rejected line with all its errors: counted once, each error listed (up to the cap). */
        void reject(List<LineError> lineErrors) {
            rejected++;
            for (LineError e : lineErrors) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(e);
                }
            }
        }

        void count(ImportChunkWriter.Written written) {
            created += written.created();
            updated += written.updated();
            written.rejected().forEach(r -> reject(mapper.errors(r)));
        }
    }

    /**
     * The lines gathered into chunks of {@link ImportChunkWriter#chunkLines()} for each of the writer's
     * {@link ImportChunkWriter#writers()} threads, written on those while this thread reads on: each line goes to the
     * writer its shipment's reference picks, and each writer writes its chunks one after the other in the file's order,
     * so a later line for the same shipment still comes after an earlier one. At most one chunk per writer is being
     * written while the next fills; what is left at the end goes in as one chunk in line order (so a file of up to one
     * chunk's lines is written exactly as one chunk). The one thing the order of lines no longer decides: when two
     * different references of one file claim the same shipment number and their lines are written at the same moment by
     * two writers, either may be the one refused (the report names both).
     */
    private final class Chunks<T> {
        final Function<List<ImportChunkWriter.Line<T>>, ImportChunkWriter.Written> write;
        final Function<T, Object> key;
        final int size = writer.chunkLines();
        final int writers = executor == null ? 1 : Math.max(1, writer.writers());
        final List<List<ImportChunkWriter.Line<T>>> filling = new ArrayList<>(writers);
        /** Per writer, the chunk being written, if any. */
        final List<Future<ImportChunkWriter.Written>> writing = new ArrayList<>(writers);

        Chunks(Function<List<ImportChunkWriter.Line<T>>, ImportChunkWriter.Written> write, Function<T, Object> key) {
            this.write = write;
            this.key = key;
            for (int w = 0; w < writers; w++) {
                filling.add(new ArrayList<>());
                writing.add(null);
            }
        }

        /** Adds a line; true when a written chunk was counted meanwhile (a moment to report progress). */
        boolean add(ImportChunkWriter.Line<T> line, Tally tally) {
            int w = writers == 1 ? 0 : Math.floorMod(key.apply(line.input()).hashCode(), writers);
            List<ImportChunkWriter.Line<T>> chunk = filling.get(w);
            chunk.add(line);
            if (chunk.size() < size) {
                return false;
            }
            boolean counted = await(w, tally);
            filling.set(w, new ArrayList<>());
            writing.set(
                    w,
                    executor == null
                            ? CompletableFuture.completedFuture(write.apply(chunk))
                            : executor.submit(() -> write.apply(chunk)));
            return counted;
        }

        /** Waits for every writer, then writes what is left of all of them as one last chunk in line order. */
        void finish(Tally tally) {
            List<ImportChunkWriter.Line<T>> rest = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                await(w, tally);
                rest.addAll(filling.get(w));
                filling.get(w).clear();
            }
            if (!rest.isEmpty()) {
                rest.sort(Comparator.comparingLong(ImportChunkWriter.Line::line));
                tally.count(write.apply(rest));
            }
        }

        /** Waits for writer w's chunk and counts it; true if there was one. */
        private boolean await(int w, Tally tally) {
            Future<ImportChunkWriter.Written> pending = writing.get(w);
            if (pending == null) {
                return false;
            }
            try {
                tally.count(pending.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                writing.set(w, null);
            }
            return true;
        }
    }
}
