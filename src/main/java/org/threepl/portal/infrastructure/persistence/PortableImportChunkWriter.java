package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.threepl.portal.application.shipment.BatchResult;
import org.threepl.portal.application.shipment.EventInput;
import org.threepl.portal.application.shipment.ImportChunkWriter;
import org.threepl.portal.application.shipment.ShipmentIngestionService;
import org.threepl.portal.application.shipment.ShipmentInput;

/**
 * A file's chunks on any database (the H2 demo): the regular batches of the API ({@link ShipmentIngestionService},
 * JPA), {@value ShipmentIngestionService#MAX_BATCH} lines at a time, one chunk after the other. A batch refuses a
 * reference given twice, so a chunk of shipments goes in as several batches, a new one at every reference seen before
 * in it: the lines still apply in order.
 */
@ApplicationScoped
@Typed(PortableImportChunkWriter.class)
public class PortableImportChunkWriter implements ImportChunkWriter {

    @Inject
    ShipmentIngestionService ingestion;

    @Override
    public String method() {
        return "batches";
    }

    @Override
    public int chunkLines() {
        return ShipmentIngestionService.MAX_BATCH;
    }

    @Override
    public int writers() {
        return 1;
    }

    @Override
    public Written writeShipments(Context context, List<Line<ShipmentInput>> chunk) {
        Count count = new Count();
        List<Line<ShipmentInput>> batch = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (Line<ShipmentInput> line : chunk) {
            if (!references.add(reference(line.input()))) {
                count.add(batch, ingestion.upsertShipmentsFor(context.caller(), inputs(batch)));
                batch.clear();
                references.clear();
                references.add(reference(line.input()));
            }
            batch.add(line);
        }
        if (!batch.isEmpty()) {
            count.add(batch, ingestion.upsertShipmentsFor(context.caller(), inputs(batch)));
        }
        return count.written();
    }

    @Override
    public Written writeEvents(Context context, List<Line<EventInput>> chunk) {
        Count count = new Count();
        count.add(chunk, ingestion.recordEventsFor(context.caller(), inputs(chunk)));
        return count.written();
    }

    /** What may appear once per batch: the organisation (as the batch reads its code) and the reference. */
    private static String reference(ShipmentInput in) {
        return (in.organisation() == null ? "" : in.organisation().trim().toUpperCase(Locale.ROOT)) + "|"
                + (in.reference() == null ? "" : in.reference().trim());
    }

    private static <T> List<T> inputs(List<Line<T>> lines) {
        return lines.stream().map(Line::input).toList();
    }

    /** A chunk's batches counted, their items told by the lines they came from. */
    private static final class Count {
        long created;
        long updated;
        final List<Rejected> rejected = new ArrayList<>();

        void add(List<? extends Line<?>> lines, BatchResult result) {
            for (BatchResult.ItemResult item : result.items()) {
                switch (item.result()) {
                    case "created", "accepted" -> created++;
                    case "updated" -> updated++;
                    default ->
                        rejected.add(new Rejected(
                                lines.get(item.index()).line(), item.errors() == null ? List.of() : item.errors()));
                }
            }
        }

        Written written() {
            return new Written(created, updated, rejected);
        }
    }
}
