package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.threepl.portal.application.shipment.TrackingEventStore;

/**
 * Chooses the {@link TrackingEventStore} once, by the database the server is configured for ({@code db.kind}, which
 * also picks the data source): the set-based PostgreSQL store on PostgreSQL, the portable JPA store elsewhere (the H2
 * demo). The application injects the port and never asks which one it has.
 */
@ApplicationScoped
public class TrackingEventStores {

    @Inject
    DatabaseKind database;

    @Inject
    PostgresTrackingEventStore postgres;

    @Inject
    JpaTrackingEventStore portable;

    @Produces
    @ApplicationScoped
    TrackingEventStore store() {
        return database.isPostgresql() ? postgres : portable;
    }
}
