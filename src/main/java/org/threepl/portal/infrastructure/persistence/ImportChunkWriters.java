package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.threepl.portal.application.shipment.ImportChunkWriter;

/** Chooses the imports' chunk writer once, by the database the deployment runs on ({@code db.kind}). */
@ApplicationScoped
public class ImportChunkWriters {

    @Inject
    DatabaseKind database;

    @Produces
    @ApplicationScoped
    ImportChunkWriter importChunkWriter(
            Instance<PostgresImportChunkWriter> postgres, Instance<PortableImportChunkWriter> portable) {
        return database.isPostgresql() ? postgres.get() : portable.get();
    }
}
