package org.threepl.portal.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;

/**
 * The server that {@code mvn package} packs ({@code target/portal-server.jar}), started with plain {@code java -jar}
 * against the tests' PostgreSQL with every secret from the environment, as docs/deployment.md tells an operator: it
 * becomes ready, a user signs in over HTTPS; and with a well-known database password it refuses to start the portal.
 * Its scheduled jobs are off, so that it does not take work from the Arquillian test server on the same database.
 */
class PackagedServerIT {

    private static final Path JAR = Path.of(System.getProperty("portal.server.jar", "target/portal-server.jar"));
    private static final Path RUN = Path.of("target", "packaged-server");
    private static final int HTTP = 9282;
    private static final int HTTPS = 9646;

    private static Process start(String dbPassword, Path console) throws IOException {
        assertTrue(Files.isRegularFile(JAR), "mvn package builds " + JAR.toAbsolutePath());
        Files.createDirectories(RUN);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile());
        Map<String, String> env = pb.environment();
        env.put("WLP_JAR_EXTRACT_ROOT", RUN.resolve("extract").toAbsolutePath().toString());
        env.put("DB_KIND", "postgresql");
        env.put("DB_HOST", "localhost");
        env.put("DB_PORT", System.getProperty("test.pg.port", "15432"));
        env.put("DB_NAME", "postgres");
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", dbPassword);
        env.put("HTTP_PORT", Integer.toString(HTTP));
        env.put("HTTPS_PORT", Integer.toString(HTTPS));
        env.put("KEYSTORE_PASSWORD", "packaged-keystore-secret-2026");
        env.put("ltpa_keys_password", "packaged-ltpa-secret-2026");
        env.put("PORTAL_METRICS_PASSWORD", "packaged-metrics-secret-2026");
        for (String off : List.of(
                "PORTAL_SLA_ROLLUP_MINUTES",
                "PORTAL_DISPUTE_ESCALATION_MINUTES",
                "PORTAL_RELATIONSHIP_RECOMPUTE_MINUTES",
                "PORTAL_HOUSEKEEPING_MINUTES",
                "PORTAL_WEBHOOKS_POLL_MILLIS")) {
            env.put(off, "0");
        }
        return pb.start();
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The answer of a health endpoint once it gives one, within three minutes; null if it never did. */
    private static HttpResponse<String> health(String path, Process server, java.util.function.Predicate<String> done)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < until && server.isAlive()) {
            try {
                last = Http.client()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP + "/health/" + path))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (done.test(last.body())) {
                    return last;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return last;
    }

    private static String console(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thePackageRunsWithPlainJavaAndAUserSignsIn() throws Exception {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Packaged Ltd"), Role.CLIENT_USER);
        Path console = RUN.resolve("console-signs-in.log");
        Files.createDirectories(RUN);
        Process server = start("packaged-db-secret-2026", console);
        try {
            HttpResponse<String> ready = health("ready", server, body -> body.contains("\"UP\""));
            assertTrue(
                    ready != null && ready.statusCode() == 200,
                    "ready: " + (ready == null ? "no answer" : ready.body()) + "\n" + console(console));
            Http.WebSession web = new Http.WebSession(URI.create("https://localhost:" + HTTPS + "/portal/"));
            assertEquals(302, web.login(user.username(), Fixtures.PASSWORD).statusCode(), console(console));
            HttpResponse<String> home = web.get("index.xhtml");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains(user.username()) || home.body().contains("Packaged Ltd"), home.body());
        } finally {
            stop(server);
        }
    }

    @Test
    void thePackageRefusesAWellKnownDatabasePassword() throws Exception {
        Path console = RUN.resolve("console-refuses.log");
        Files.createDirectories(RUN);
        Process server = start("postgres", console);
        try {
            HttpResponse<String> started =
                    health("started", server, body -> console(console).contains("DB_PASSWORD"));
            assertTrue(started != null, "the server answers its health checks: " + console(console));
            assertTrue(started.body().contains("DOWN"), started.body());
            assertTrue(
                    console(console).contains("does not start on PostgreSQL with a default or well-known password"),
                    console(console));
        } finally {
            stop(server);
        }
    }
}
