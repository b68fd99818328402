import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The traffic of the fail-over drill (ops/drill.sh), through the load balancer until the file {@code DIR/stop} appears:
 * <ul>
 *   <li>two integrations posting batches of 50 tracking events four times a second, each batch sent again, unchanged,
 *       until it is acknowledged (the API stores an event once per source system and event id);</li>
 *   <li>one integration writing dispute messages, each with its own Idempotency-Key, sent again until acknowledged;</li>
 *   <li>a webhook receiver that writes down every delivery's {@code webhook-id};</li>
 *   <li>a signed-in browser (Chromium) that filters the shipments list every few seconds: an Ajax post-back of a Faces
 *       view, which works only while the session that holds the view is alive.</li>
 * </ul>
 * What was acknowledged, received and seen is written to files in DIR, which ops/drill.sh compares with the database.
 * Every answer's status is counted; a 500 is a defect (the database's absence answers 503).
 * <p>
 * java -cp TEST_CLASSPATH ops/drill/DrillTraffic.java DIR BASE_URL API_KEY DISPUTE_ID RECEIVER_PORT USER PASSWORD
 */
public class DrillTraffic {

    static final int BATCH = 50;

    static Path dir;
    static String base;
    static String key;
    static List<String> references;
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    static final Map<String, AtomicLong> STATUSES = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        dir = Path.of(args[0]);
        base = args[1];
        key = args[2];
        long dispute = Long.parseLong(args[3]);
        int receiverPort = Integer.parseInt(args[4]);
        references = Files.readAllLines(dir.resolve("references.txt")).stream()
                .filter(s -> !s.isBlank())
                .toList();

        HttpServer receiver = receiver(receiverPort);
        List<Thread> threads = List.of(
                new Thread(() -> events(1), "events-1"),
                new Thread(() -> events(2), "events-2"),
                new Thread(() -> messages(dispute), "messages"),
                new Thread(() -> browser(args[5], args[6]), "browser"));
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        // deliveries still due go on after the traffic stops: the receiver stays until told
        while (!Files.exists(dir.resolve("stop-receiver"))) {
            Thread.sleep(200);
        }
        receiver.stop(0);
        try (PrintWriter out = new PrintWriter(dir.resolve("statuses.txt").toFile())) {
            STATUSES.forEach((k, v) -> out.println(k + " " + v.get()));
        }
        System.exit(0);
    }

    static boolean running() {
        return !Files.exists(dir.resolve("stop"));
    }

    static void count(String what) {
        STATUSES.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    static synchronized void append(String file, String lines) {
        try {
            Files.writeString(
                    dir.resolve(file),
                    lines,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Sends a request until it is acknowledged (2xx) and counts every answer on the way; 4xx other than 429 stop the
     * drill's traffic: the drill sends only valid requests.
     */
    static HttpResponse<String> untilAcknowledged(String kind, HttpRequest request) throws InterruptedException {
        while (true) {
            try {
                HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                count(kind + " " + r.statusCode());
                if (r.statusCode() / 100 == 2) {
                    return r;
                }
                append("failures.txt", System.currentTimeMillis() + " " + kind + " " + r.statusCode() + "\n");
                if (r.statusCode() / 100 == 4 && r.statusCode() != 429) {
                    append("errors.txt", kind + " " + r.statusCode() + " " + r.body() + "\n");
                    throw new IllegalStateException(kind + " refused: " + r.statusCode() + " " + r.body());
                }
                long wait = r.headers()
                        .firstValue("Retry-After")
                        .map(s -> Math.min(2_000L, Long.parseLong(s) * 1000))
                        .orElse(300L);
                Thread.sleep(wait);
            } catch (IOException e) {
                count(kind + " no-answer");
                append("failures.txt", System.currentTimeMillis() + " " + kind + " no-answer\n");
                Thread.sleep(300);
            }
        }
    }

    static void events(int client) {
        try {
            for (long n = 0; running(); n++) {
                StringBuilder json = new StringBuilder("{\"events\":[");
                StringBuilder ids = new StringBuilder();
                String occurred = Instant.now().minusSeconds(60).toString();
                for (int i = 0; i < BATCH; i++) {
                    String id = "drill-" + client + "-" + n + "-" + i;
                    String code = ThreadLocalRandom.current().nextBoolean() ? "X6" : "X3";
                    json.append(i == 0 ? "" : ",")
                            .append("{\"shipmentReference\":\"")
                            .append(references.get(ThreadLocalRandom.current().nextInt(references.size())))
                            .append("\",\"eventId\":\"")
                            .append(id)
                            .append("\",\"sourceSystem\":\"DRILL\",\"statusCode\":\"")
                            .append(code)
                            .append("\",\"occurredAt\":\"")
                            .append(occurred)
                            .append("\",\"location\":\"Drill\"}");
                    ids.append(id).append('\n');
                }
                json.append("]}");
                untilAcknowledged(
                        "events",
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json.toString()))
                                .build());
                append("acked-events.txt", ids.toString());
                Thread.sleep(250); // a steady integration, not a flood: the drill is about what is lost

            }
        } catch (Exception e) {
            append("errors.txt", "events-" + client + " stopped: " + e + "\n");
        }
    }

    static void messages(long dispute) {
        try {
            for (long n = 0; running(); n++) {
                String text = "Drill message " + n;
                untilAcknowledged(
                        "messages",
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/disputes/" + dispute + "/messages"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", "drill-message-" + n)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"text\":\"" + text + "\",\"internal\":false}"))
                                .build());
                append("acked-messages.txt", text + "\n");
                Thread.sleep(500);
            }
        } catch (Exception e) {
            append("errors.txt", "messages stopped: " + e + "\n");
        }
    }

    static HttpServer receiver(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            append(
                    "received-webhooks.txt",
                    exchange.getRequestHeaders().getFirst("webhook-id") + "\n");
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }

    /**
     * A client user's browser: signs in once, then filters the shipments list by a reference every three seconds and
     * writes down each outcome: OK (the list shows the shipment), UNAVAILABLE (the portal answered 503: the database
     * was away), SIGNED_OUT or FAILED (the view or the session was lost), with the server the balancer's cookie names.
     */
    static void browser(String user, String password) {
        ChromeDriver driver = null;
        try {
            Path profile = Files.createTempDirectory("drill-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                    "--window-size=1366,900",
                    "--lang=en-GB",
                    "--user-data-dir=" + profile);
            driver = new ChromeDriver(
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                            .usingAnyFreePort()
                            .build(),
                    options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            signIn(driver, user, password);
            while (running()) {
                String reference = references.get(ThreadLocalRandom.current().nextInt(references.size()));
                long started = System.currentTimeMillis();
                String outcome = filter(driver, reference);
                Cookie server = driver.manage().getCookieNamed("SRV");
                String on = server == null ? "?" : server.getValue();
                append("browser.txt", started + " " + outcome + " " + on + " " + System.currentTimeMillis() + "\n");
                Files.writeString(dir.resolve("session-server.txt"), on);
                if (outcome.equals("SIGNED_OUT")) {
                    signIn(driver, user, password);
                } else if (!outcome.equals("OK")) {
                    driver.get(base + "/shipments.xhtml");
                }
                Thread.sleep(3000);
            }
        } catch (Exception e) {
            append("errors.txt", "browser stopped: " + e + "\n");
        } finally {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    static void signIn(ChromeDriver driver, String user, String password) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            driver.get(base + "/login.xhtml");
            if (!driver.findElements(By.id("login:username")).isEmpty()) {
                driver.findElement(By.id("login:username")).sendKeys(user);
                driver.findElement(By.id("login:password")).sendKeys(password);
                driver.findElement(By.id("login:submit")).click();
                waitUntil(() -> !driver.getCurrentUrl().contains("login.xhtml"), 20);
                driver.get(base + "/shipments.xhtml");
                if (!driver.findElements(By.id("filter:reference")).isEmpty()) {
                    return;
                }
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("could not sign in");
    }

    static String filter(ChromeDriver driver, String reference) {
        try {
            if (driver.getCurrentUrl().contains("login.xhtml")) {
                return "SIGNED_OUT";
            }
            WebElement field = driver.findElement(By.id("filter:reference"));
            field.clear();
            field.sendKeys(reference);
            // the list is replaced by the answer: a mark on the old one tells it from the new
            driver.executeScript("document.querySelector('#list tbody').setAttribute('data-drill', 'old')");
            driver.findElement(By.id("filter:search")).click();
            boolean shown = waitUntil(
                    () -> {
                        List<WebElement> rows = driver.findElements(By.cssSelector("#list tbody:not([data-drill]) tr"));
                        return !rows.isEmpty() && rows.get(0).getText().contains(reference);
                    },
                    15);
            if (shown) {
                return "OK";
            }
            if (driver.getCurrentUrl().contains("login.xhtml")) {
                return "SIGNED_OUT";
            }
            if (portalUnavailable()) {
                return "UNAVAILABLE";
            }
            Files.writeString(dir.resolve("browser-failed-" + Instant.now().toEpochMilli() + ".html"),
                    driver.getPageSource());
            return "FAILED";
        } catch (Exception e) {
            return portalUnavailable() ? "UNAVAILABLE" : "FAILED " + e.getClass().getSimpleName();
        }
    }

    static boolean portalUnavailable() {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 503;
        } catch (Exception e) {
            return false;
        }
    }

    static boolean waitUntil(java.util.function.BooleanSupplier condition, int seconds) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException notYet) {
                // the page is being replaced
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
