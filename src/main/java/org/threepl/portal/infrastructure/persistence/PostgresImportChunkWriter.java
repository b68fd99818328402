package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.shipment.BulkShipmentStore;
import org.threepl.portal.application.shipment.EventInput;
import org.threepl.portal.application.shipment.ImportChunkWriter;
import org.threepl.portal.application.shipment.ImportStaging;
import org.threepl.portal.application.shipment.ShipmentInput;

/**
 * A file's chunks on PostgreSQL: the lines checked ({@link ImportStaging}) and the valid ones written by COPY through a
 * staging table ({@link BulkShipmentStore}), {@code portal.import.chunk.lines} (20,000) at a time by {@value #WRITERS}
 * threads. Two writers can clash (one takes a shipment number the other's chunk gives, or they deadlock): the losing
 * chunk is simply written again once the other's is in, each try a transaction of its own.
 */
@ApplicationScoped
@Typed(PostgresImportChunkWriter.class)
public class PostgresImportChunkWriter implements ImportChunkWriter {

    /** Chunks written at once while the file is read on. */
    static final int WRITERS = 2;

    private static final int ATTEMPTS = 3;

    @Inject
    BulkShipmentStore bulk;

    @Inject
    OrganisationRepository organisations;

    /** Lines per chunk (tests make it small, to cross chunk boundaries with small files). */
    @Inject
    @ConfigProperty(name = "portal.import.chunk.lines", defaultValue = "20000")
    int chunkLines;

    @Override
    public String method() {
        return "copy";
    }

    @Override
    public int chunkLines() {
        return chunkLines;
    }

    @Override
    public int writers() {
        return WRITERS;
    }

    @Override
    public Written writeShipments(Context context, List<Line<ShipmentInput>> chunk) {
        ImportStaging staging = new ImportStaging(context, organisations);
        List<Rejected> rejected = new ArrayList<>();
        List<BulkShipmentStore.StagedShipment> rows = new ArrayList<>(chunk.size());
        for (Line<ShipmentInput> line : chunk) {
            BulkShipmentStore.StagedShipment row = staging.shipment(line, rejected);
            if (row != null) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return new Written(0, 0, rejected);
        }
        BulkShipmentStore.Outcome o =
                retrying(() -> bulk.storeShipments(rows, context.now(), context.actor(), context.side()));
        o.rejected().forEach(r -> rejected.add(Rejected.of(r.line(), r.field(), r.message())));
        return new Written(o.created(), o.updated(), rejected);
    }

    @Override
    public Written writeEvents(Context context, List<Line<EventInput>> chunk) {
        ImportStaging staging = new ImportStaging(context, organisations);
        List<Rejected> rejected = new ArrayList<>();
        List<BulkShipmentStore.StagedEvent> rows = new ArrayList<>(chunk.size());
        for (Line<EventInput> line : chunk) {
            BulkShipmentStore.StagedEvent row = staging.event(line, rejected);
            if (row != null) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return new Written(0, 0, rejected);
        }
        BulkShipmentStore.Outcome o = retrying(() -> bulk.storeEvents(rows, context.now(), context.reporter()));
        o.rejected().forEach(r -> rejected.add(Rejected.of(r.line(), r.field(), r.message())));
        // like the API, an event already stored counts as accepted: every line not refused
        return new Written(rows.size() - o.rejected().size(), 0, rejected);
    }

    /** Writes a chunk again after a clash with another writer's (each try is a transaction of its own). */
    private static BulkShipmentStore.Outcome retrying(Supplier<BulkShipmentStore.Outcome> store) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !clashed(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt); // the other writer's chunk commits meanwhile
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    e.addSuppressed(interrupted);
                    throw e;
                }
            }
        }
    }

    /** A unique key taken ({@code 23505}) or a deadlock ({@code 40P01}): what two writers can do to each other. */
    static boolean clashed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("23505".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
