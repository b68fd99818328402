package org.threepl.portal.application.shipment;

import java.time.Instant;
import java.util.List;
import org.threepl.portal.application.Caller;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shipment.Reporter;

/**
 * Writes one chunk of a file import's lines to the history: each line checked as the API checks it, the valid ones
 * stored in the chunk's order (a reference given again on a later line updates the shipment, so the last line wins; an
 * event already stored is accepted again and not stored twice), and what was created, updated and refused told back by
 * line. A chunk is written in transactions of its own, never the caller's.
 *
 * <p>A port of the application, implemented in infrastructure: by {@code PostgresImportChunkWriter} (COPY through
 * {@link BulkShipmentStore}) on PostgreSQL and by {@code PortableImportChunkWriter} (the regular batches of
 * {@link ShipmentIngestionService}) elsewhere, one of the two chosen once by the {@code db.kind} setting.
 */
public interface ImportChunkWriter {

    /** Who imports (recorded with every plan change and as the reporter of every event) and the import's moment. */
    record Context(Caller caller, Instant now) {
        public Actor actor() {
            return caller.actor();
        }

        public Reporter.Side side() {
            return ShipmentIngestionService.sideOf(caller);
        }

        public Reporter reporter() {
            return Reporter.of(caller.actor(), caller.isProvider());
        }
    }

    /** One line of the file as read: the line it starts on (1 is the header) and its input. */
    record Line<T>(long line, T input) {}

    /** A line refused, with every error found on it (at least one). */
    record Rejected(long line, List<BatchResult.ItemError> errors) {
        public Rejected {
            errors = List.copyOf(errors);
        }

        public static Rejected of(long line, String field, String message) {
            return new Rejected(line, List.of(new BatchResult.ItemError(field, message, null)));
        }
    }

    /**
     * {@code created}: new shipments, or events accepted (new or already stored); {@code updated}: shipments changed.
     */
    record Written(long created, long updated, List<Rejected> rejected) {
        public Written {
            rejected = List.copyOf(rejected);
        }
    }

    /** How lines go in, as an import's report names it: {@code copy} or {@code batches}. */
    String method();

    /** The lines of one chunk. */
    int chunkLines();

    /**
     * How many chunks may be written at once on other threads. The lines of one shipment always go to the same writer,
     * whose chunks are written one after the other in the file's order.
     */
    int writers();

    Written writeShipments(Context context, List<Line<ShipmentInput>> chunk);

    Written writeEvents(Context context, List<Line<EventInput>> chunk);
}
