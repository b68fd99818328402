package org.threepl.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The server that {@code mvn package} packs ({@code target/portal-server.jar}), started with plain {@code java -jar}
 * against the tests' PostgreSQL with every secret from the environment, as docs/deployment.md tells an operator. Its
 * console goes to a file; {@link #kill()} ends it as a crash would.
 */
public final class PackagedServer implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("portal.server.jar", "target/portal-server.jar"));

    private final Process process;
    private final Path console;
    private final int http;
    private final int https;

    private PackagedServer(Process process, Path console, int http, int https) {
        this.process = process;
        this.console = console;
        this.http = http;
        this.https = https;
    }

    /**
     * Starts a server in {@code dir} (its own extracted copy and console), on the test PostgreSQL's database
     * {@code database}, with the environment {@code env} on top of the database's and the secrets'.
     */
    public static PackagedServer start(
            Path dir, int http, int https, String database, String dbPassword, Map<String, String> env)
            throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("mvn package builds " + JAR.toAbsolutePath());
        }
        Files.createDirectories(dir);
        Path console = dir.resolve("console.log");
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        Map<String, String> all = new HashMap<>();
        all.put("WLP_JAR_EXTRACT_ROOT", dir.resolve("extract").toAbsolutePath().toString());
        all.put("DB_KIND", "postgresql");
        all.put("DB_HOST", "localhost");
        all.put("DB_PORT", System.getProperty("test.pg.port", "15432"));
        all.put("DB_NAME", database);
        all.put("DB_USER", "postgres");
        all.put("DB_PASSWORD", dbPassword);
        all.put("HTTP_PORT", Integer.toString(http));
        all.put("HTTPS_PORT", Integer.toString(https));
        all.put("KEYSTORE_PASSWORD", "packaged-keystore-secret-2026");
        all.put("ltpa_keys_password", "packaged-ltpa-secret-2026");
        all.put("PORTAL_METRICS_PASSWORD", "packaged-metrics-secret-2026");
        all.putAll(env);
        pb.environment().putAll(all);
        return new PackagedServer(pb.start(), console, http, https);
    }

    /** The scheduled jobs off: a server that must not take work from the Arquillian test server's database. */
    public static Map<String, String> jobsOff() {
        Map<String, String> env = new HashMap<>();
        for (String off : List.of(
                "PORTAL_SLA_ROLLUP_MINUTES",
                "PORTAL_DISPUTE_ESCALATION_MINUTES",
                "PORTAL_RELATIONSHIP_RECOMPUTE_MINUTES",
                "PORTAL_HOUSEKEEPING_MINUTES",
                "PORTAL_WEBHOOKS_POLL_MILLIS")) {
            env.put(off, "0");
        }
        return env;
    }

    public URI https() {
        return URI.create("https://localhost:" + https + "/portal/");
    }

    /** The answer of a health endpoint once {@code done} holds for it, within three minutes; null if never. */
    public HttpResponse<String> health(String path, Predicate<String> done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < until && process.isAlive()) {
            try {
                last = Http.client()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/health/" + path))
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

    /** Whether the server became ready within three minutes. */
    public boolean ready() throws InterruptedException {
        HttpResponse<String> ready = health("ready", PackagedServer::up);
        return ready != null && ready.statusCode() == 200;
    }

    /** Whether a health answer says UP as a whole: each of its checks says UP or DOWN in it too. */
    static boolean up(String body) {
        try {
            return "UP"
                    .equals(jakarta.json.Json.createReader(new java.io.StringReader(body))
                            .readObject()
                            .getString("status", ""));
        } catch (jakarta.json.JsonException | ClassCastException notHealth) {
            return false;
        }
    }

    public String console() {
        try {
            return Files.readString(console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the server at once, as a crash or {@code kill -9} would: nothing is given up or written. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
