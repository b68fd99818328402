import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * History API benchmark: pages of 50 shipments with a filter, from C concurrent clients for a fixed
 * time; reports throughput and latency percentiles, then the cost of a first page against a page
 * deep in the history (the 10,000th: its cursor is made directly, as following 10,000 'next' links
 * would). JDK only: java bench/HistoryApiBench.java BASE_URL API_KEY [clients] [seconds]
 */
public class HistoryApiBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(clients)).build();
        String filtered = base + "/api/v1/shipments?limit=50&status=DELIVERED";

        // warm-up
        for (int i = 0; i < 200; i++) {
            get(http, filtered, key);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status = get(http, filtered, key);
                    latencies.add(System.nanoTime() - t0);
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, java.util.concurrent.TimeUnit.SECONDS);
        report("history page (50 rows, status filter), " + clients + " clients, " + seconds + " s", latencies, seconds, errors.get());

        // first page against the 10,000th page (keyset: the cursor of the row at position 500,000)
        Instant deep = deepKey(http, base, key);
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("c1|PICKUP_DESC|" + deep.getEpochSecond() + "|" + deep.getNano() + "|9223372036854775807").getBytes(StandardCharsets.US_ASCII));
        List<Long> first = new ArrayList<>();
        List<Long> deepPage = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            get(http, filtered, key);
            first.add(System.nanoTime() - t0);
            t0 = System.nanoTime();
            get(http, filtered + "&cursor=" + cursor, key);
            deepPage.add(System.nanoTime() - t0);
        }
        report("first page, sequential", first, 0, 0);
        report("10,000th page (keyset cursor), sequential", deepPage, 0, 0);
        System.exit(0);
    }

    /** The pick-up time around which the 10,000th page of 50 starts, read from a sample of the history. */
    private static Instant deepKey(HttpClient http, String base, String key) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/shipments?limit=1&sort=pickup&status=DELIVERED"))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString()).body();
        int i = body.indexOf("\"pickupFrom\":\"") + 14;
        Instant oldest = Instant.parse(body.substring(i, body.indexOf('"', i)));
        // the history is spread evenly over a year: half-way back from now is about half a million rows deep
        return oldest.plus(Duration.between(oldest, Instant.now()).dividedBy(2));
    }

    private static int get(HttpClient http, String url, String key) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static void report(String what, List<Long> nanos, int seconds, int errors) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) (sorted.size() * 0.95)) / 1e6;
        double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        String rate = seconds > 0 ? String.format(", %.0f requests/s", sorted.size() / (double) seconds) : "";
        System.out.printf("%s: %d requests%s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d%n",
                what, sorted.size(), rate, p50, p95, p99, errors);
    }
}
