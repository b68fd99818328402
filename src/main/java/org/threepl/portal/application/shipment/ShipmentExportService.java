package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.infrastructure.persistence.ShipmentRepository;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Exports exactly the shipments a filter shows, in the same order, as CSV (RFC 4180, UTF-8 with a
 * byte-order mark so that spreadsheets read it right), streamed row by row: memory use does not grow
 * with the number of rows.
 */
@ApplicationScoped
public class ShipmentExportService {

    static final String HEADER = "reference,shipment_number,origin,destination,transport_mode,service_level,pickup_from,"
            + "pickup_to,delivery_from,delivery_to,status,exception,last_event_at,delivered_at,ordered_quantity";

    @Inject
    ShipmentQueryService queries;

    @Inject
    ShipmentRepository shipments;

    /** Writes the CSV to {@code out}; returns the number of rows written. */
    @Transactional
    public long writeCsv(ShipmentFilter filter, ShipmentSort sort, OutputStream out) {
        TenantScope scope = queries.scopeFor(filter);
        long rows = 0;
        try (Stream<Object[]> stream = shipments.streamForExport(scope, filter, sort)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write('\ufeff');
            w.write(HEADER);
            w.write("\r\n");
            for (Object[] row : (Iterable<Object[]>) stream::iterator) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    w.write(cell(row[i]));
                }
                w.write("\r\n");
                rows++;
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written (the client may have gone away)", e);
        }
        return rows;
    }

    /**
     * One CSV cell: quoted when needed, and a text that a spreadsheet would run as a formula
     * (=, +, -, @) is prefixed with an apostrophe (CSV injection).
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Instant i ? i.toString() : value instanceof Enum<?> e ? e.name() : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
