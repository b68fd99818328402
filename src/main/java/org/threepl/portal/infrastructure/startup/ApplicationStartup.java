package org.threepl.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.threepl.portal.infrastructure.files.EvidenceFromDirectory;
import org.threepl.portal.infrastructure.persistence.DatabaseKind;

/**
 * Brings the database up to date before anything uses it. Liberty builds the persistence unit before any listener runs,
 * so Hibernate cannot validate the schema itself ({@code hbm2ddl=validate} would run against an empty database): Flyway
 * migrates first, then the mapping is validated here. Flyway takes a database lock, so two servers starting together
 * migrate once.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());
    /** Liberty's HTTP session table, named in ops/package/server.xml. */
    static final String SESSION_TABLE = "http_session";

    @Inject
    DatabaseKind database;

    // Optional: MicroProfile Config reads an empty value as none
    @Inject
    @ConfigProperty(name = "db.user")
    java.util.Optional<String> dbUser;

    @Inject
    @ConfigProperty(name = "db.password")
    java.util.Optional<String> dbPassword;

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    @Inject
    InitialData initialData;

    @Inject
    EvidenceFromDirectory evidence;

    /** The schema version, set once the start-up is complete. */
    private volatile String startedAt;

    /** The schema version once the database is migrated, the mapping validated and the initial data loaded. */
    public java.util.Optional<String> schemaVersion() {
        return java.util.Optional.ofNullable(startedAt);
    }

    /**
     * Whether the schema holds Liberty's HTTP session table (ops/package/server.xml) and nothing else: a new database
     * of a server that keeps its sessions there.
     */
    static boolean holdsOnlySessions(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                ResultSet tables = c.createStatement()
                        .executeQuery("select lower(table_name) from information_schema.tables"
                                + " where table_schema = current_schema()")) {
            java.util.Set<String> names = new java.util.HashSet<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            return names.equals(java.util.Set.of(SESSION_TABLE));
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be read: " + e.getMessage(), e);
        }
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        DatabasePasswordPolicy.check(database.name(), dbUser.orElse(""), dbPassword.orElse(""));
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(database.dataSource())
                // common migrations, plus those only one database needs (e.g. BRIN indexes on PostgreSQL)
                .locations("classpath:db/migration", "classpath:db/vendor/" + database.name());
        if (holdsOnlySessions(database.dataSource())) {
            // a new database where Liberty made its session table as the application started, before Flyway: Flyway
            // would refuse a schema that is not empty; it is, but for that table
            flyway.baselineOnMigrate(true).baselineVersion("0");
        }
        MigrateResult result = flyway.load().migrate();
        // the target version is null when nothing was applied: the schema then stays at the initial one
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        try {
            emf.getSchemaManager().validate();
        } catch (jakarta.persistence.SchemaValidationException e) {
            // a mapping that does not match the migrated schema must stop the application, not corrupt data
            throw new IllegalStateException("The JPA mapping does not match the database schema: " + e.getMessage(), e);
        }
        LOG.info(() -> "JPA mapping validated against the schema; persistence provider: "
                + emf.unwrap(org.hibernate.SessionFactory.class).getClass().getName());
        initialData.load();
        evidence.copyIn();
        startedAt = version == null ? "none" : version;
    }
}
