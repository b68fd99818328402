package org.threepl.portal.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PackagedServer;

/**
 * The server that {@code mvn package} packs ({@code target/portal-server.jar}), started with plain {@code java -jar}
 * against the tests' PostgreSQL with every secret from the environment, as docs/deployment.md tells an operator: it
 * becomes ready, a user signs in over HTTPS; and with a well-known database password it refuses to start the portal.
 * Its scheduled jobs are off, so that it does not take work from the Arquillian test server on the same database.
 */
class PackagedServerIT {

    private static final Path RUN = Path.of("target", "packaged-server");
    private static final int HTTP = 9282;
    private static final int HTTPS = 9646;

    private static PackagedServer start(String dbPassword, String run) throws IOException {
        return PackagedServer.start(RUN.resolve(run), HTTP, HTTPS, "postgres", dbPassword, PackagedServer.jobsOff());
    }

    @Test
    void thePackageRunsWithPlainJavaAndAUserSignsIn() throws Exception {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Packaged Ltd"), Role.CLIENT_USER);
        try (PackagedServer server = start("packaged-db-secret-2026", "signs-in")) {
            assertTrue(server.ready(), "ready:\n" + server.console());
            Http.WebSession web = new Http.WebSession(server.https());
            assertEquals(302, web.login(user.username(), Fixtures.PASSWORD).statusCode(), server.console());
            HttpResponse<String> home = web.get("index.xhtml");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains(user.username()) || home.body().contains("Packaged Ltd"), home.body());
        }
    }

    @Test
    void thePackageRefusesAWellKnownDatabasePassword() throws Exception {
        try (PackagedServer server = start("postgres", "refuses")) {
            // while Liberty takes the failed application down, its health check may answer 500 for a moment (the
            // application's metadata is gone before its checks are): the answer that counts is the one after that
            HttpResponse<String> started = server.health(
                    "started", body -> server.console().contains("DB_PASSWORD") && body.contains("\"DOWN\""));
            assertTrue(started != null, "the server answers its health checks: " + server.console());
            assertTrue(started.body().contains("DOWN"), started.body());
            assertTrue(
                    server.console().contains("does not start on PostgreSQL with a default or well-known password"),
                    server.console());
        }
    }
}
