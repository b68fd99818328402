package org.threepl.portal.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL (binaries from Maven Central) before any integration test and stops it after the last, on
 * the port the Arquillian test server is configured for. Only the Failsafe run sets {@code test.pg.port}; unit tests
 * never start it.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("test.pg.port");
        if (port == null || postgres != null) {
            return;
        }
        try {
            postgres =
                    EmbeddedPostgres.builder().setPort(Integer.parseInt(port)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    /** The test database, for fixtures and for reading back what the application wrote. */
    public static DataSource dataSource() {
        if (postgres == null) {
            throw new IllegalStateException("The embedded PostgreSQL runs only in the integration-test (Failsafe) run");
        }
        return postgres.getPostgresDatabase();
    }

    /** Another database of the same PostgreSQL (made by the test). */
    public static DataSource dataSource(String database) {
        dataSource();
        return postgres.getDatabase("postgres", database);
    }
}
