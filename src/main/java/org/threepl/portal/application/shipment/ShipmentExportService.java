package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.export.TableWriters;
import org.threepl.portal.application.i18n.Formats;

/**
 * Exports exactly the shipments a filter shows, in the same order, as CSV, Excel or PDF, streamed row by row from the
 * database into the file: memory use does not grow with the number of rows. The API's file is for machines (stable
 * column names, codes, UTC); the page's is for its reader (their language and zone).
 */
@ApplicationScoped
public class ShipmentExportService {

    /**
     * The columns, in the order of {@link ShipmentRepository#EXPORT_COLUMNS}; stable names that integrations can rely
     * on.
     */
    public static final List<String> COLUMNS = List.of(
            "reference",
            "shipment_number",
            "origin",
            "destination",
            "transport_mode",
            "service_level",
            "pickup_from",
            "pickup_to",
            "delivery_from",
            "delivery_to",
            "status",
            "exception",
            "last_event_at",
            "delivered_at",
            "ordered_quantity");

    /** The bundle keys of the headers of the file for people, column by column as {@link #COLUMNS}. */
    static final String[] PEOPLE_HEADERS = {
        "shipment.reference",
        "shipment.number",
        "export.origin",
        "export.destination",
        "shipment.mode",
        "shipment.serviceLevel",
        "export.pickupFrom",
        "export.pickupTo",
        "export.deliveryFrom",
        "export.deliveryTo",
        "shipment.status",
        "shipment.exception",
        "export.lastEvent",
        "shipment.actualDelivery",
        "shipment.quantity"
    };

    @Inject
    ShipmentQueryService queries;

    @Inject
    ShipmentRepository shipments;

    @Inject
    TableWriters writers;

    /** Writes the machine file (the API's) to {@code out} (left open); returns the number of rows written. */
    @Transactional
    public long write(ShipmentFilter filter, ShipmentSort sort, TableWriter.Format format, OutputStream out) {
        return write(filter, sort, () -> writers.open(format, out, "Shipments"), COLUMNS, row -> row);
    }

    /**
     * Writes the file a person downloads from the shipments page to {@code out} (left open): the columns the page
     * names, statuses and modes in words, times in the reader's zone, in the reader's language; returns the number of
     * rows.
     */
    @Transactional
    public long write(
            ShipmentFilter filter, ShipmentSort sort, TableWriter.Format format, Formats reader, OutputStream out) {
        ForPeople people = new ForPeople(reader);
        return write(
                filter,
                sort,
                () -> writers.openForPeople(format, out, people.text("nav.shipments"), people.madeOn(Instant.now())),
                people.headers(PEOPLE_HEADERS),
                row -> forPeople(row, people));
    }

    /** One row of {@link ShipmentRepository#streamForExport} as the shipments page shows it. */
    static Object[] forPeople(Object[] row, ForPeople people) {
        return new Object[] {
            row[0],
            row[1],
            row[2],
            row[3],
            people.term("transportMode.", (Enum<?>) row[4]),
            row[5],
            people.moment((Instant) row[6]),
            people.moment((Instant) row[7]),
            people.moment((Instant) row[8]),
            people.moment((Instant) row[9]),
            people.term("shipmentStatus.", (Enum<?>) row[10]),
            people.yesNo(Boolean.TRUE.equals(row[11])),
            people.moment((Instant) row[12]),
            people.moment((Instant) row[13]),
            people.count((Number) row[14])
        };
    }

    /**
     * Streams the rows into the file {@code open} starts (once the filter's scope is checked), each mapped by
     * {@code map} as it passes, so memory stays flat.
     */
    private long write(
            ShipmentFilter filter,
            ShipmentSort sort,
            Supplier<TableWriter> open,
            List<String> header,
            UnaryOperator<Object[]> map) {
        TenantScope scope = queries.scopeFor(filter);
        long rows = 0;
        try (Stream<Object[]> stream = shipments.streamForExport(scope, filter, sort);
                TableWriter table = open.get()) {
            table.header(header);
            for (Object[] row : (Iterable<Object[]>) stream::iterator) {
                table.row(map.apply(row));
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written (the client may have gone away)", e);
        }
        return rows;
    }
}
