package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.infrastructure.export.TableWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Exports exactly the shipments a filter shows, in the same order, as CSV, Excel or PDF, streamed
 * row by row from the database into the file: memory use does not grow with the number of rows.
 */
@ApplicationScoped
public class ShipmentExportService {

    /** The columns, in the order of {@link ShipmentRepository#EXPORT_COLUMNS}; stable names that integrations can rely on. */
    public static final List<String> COLUMNS = List.of("reference", "shipment_number", "origin", "destination",
            "transport_mode", "service_level", "pickup_from", "pickup_to", "delivery_from", "delivery_to", "status",
            "exception", "last_event_at", "delivered_at", "ordered_quantity");

    @Inject
    ShipmentQueryService queries;

    @Inject
    ShipmentRepository shipments;

    /** Writes the file to {@code out} (left open); returns the number of rows written. */
    @Transactional
    public long write(ShipmentFilter filter, ShipmentSort sort, TableWriter.Format format, OutputStream out) {
        TenantScope scope = queries.scopeFor(filter);
        long rows = 0;
        try (Stream<Object[]> stream = shipments.streamForExport(scope, filter, sort);
             TableWriter table = format.open(out, "Shipments")) {
            table.header(COLUMNS);
            for (Object[] row : (Iterable<Object[]>) stream::iterator) {
                table.row(row);
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written (the client may have gone away)", e);
        }
        return rows;
    }
}
