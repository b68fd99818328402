import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook delivery benchmark: a receiver on the loopback (the JDK's HttpServer, 16 threads) subscribed to a client's
 * SHIPMENT_STATUS_CHANGED, while tracking events that each change a shipment's status are sent through
 * POST /api/v1/events at RATE events a second for SECONDS seconds (batches of 500, paced; each of RATE*SECONDS/4 new
 * shipments goes BOOKED → AT_PICKUP → IN_TRANSIT → AT_DELIVERY → DELIVERED). It measures, per delivery, the time from
 * the event's timestamp (written in the transaction of the change, just before its commit) to its arrival, and counts
 * what was lost (status changes written to the outbox but never received) and duplicated (an id received twice),
 * and whether each shipment's changes arrived in order.
 * <p>
 * java bench/WebhookBench.java BASE_URL API_KEY ORG_ID [rate] [seconds]
 */
public class WebhookBench {

    static final int SIZE = 500;
    static final String[] STEPS = {"X3", "AF", "X1", "D1"};
    static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":\"(msg_[^\"]+)\"");
    static final Pattern CHANGE = Pattern.compile("\"reference\":\"([^\"]+)\".*\"newStatus\":\"([A-Z_]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        long org = Long.parseLong(args[2]);
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        String run = Long.toString(System.currentTimeMillis(), 36);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, Integer> ids = new ConcurrentHashMap<>();
        Map<String, String> lastStatus = new ConcurrentHashMap<>();
        AtomicLong outOfOrder = new AtomicLong();
        AtomicLong received = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        receiver.setExecutor(Executors.newFixedThreadPool(16));
        receiver.createContext("/hooks", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long now = System.currentTimeMillis();
            Matcher t = TIMESTAMP.matcher(body);
            Matcher id = ID.matcher(body);
            Matcher change = CHANGE.matcher(body);
            if (t.find() && id.find()) {
                if (ids.merge(id.group(1), 1, Integer::sum) == 1) {
                    latencies.add(now - Instant.parse(t.group(1)).toEpochMilli());
                    if (change.find()) {
                        String before = lastStatus.put(change.group(1), change.group(2));
                        if (!follows(before, change.group(2))) {
                            outOfOrder.incrementAndGet();
                        }
                    }
                }
                received.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        HttpResponse<String> sub = send(http, base, key, "POST", "/api/v1/webhooks/subscriptions",
                "{\"organisation\":" + org + ",\"url\":\"" + url + "\",\"description\":\"bench\",\"eventTypes\":[\"SHIPMENT_STATUS_CHANGED\"]}");
        if (sub.statusCode() != 201) {
            throw new IllegalStateException("subscribe: " + sub.statusCode() + " " + sub.body());
        }
        Matcher subId = Pattern.compile("\"subscription\":\\{[^}]*?\"id\":(\\d+)").matcher(sub.body());
        if (!subId.find()) {
            throw new IllegalStateException("no subscription id: " + sub.body());
        }
        String subscription = subId.group(1);

        // ingestion flat out, without and then with the subscriber (every status change then writes an outbox row)
        int flat = 20_000;
        send(http, base, key, "POST", "/api/v1/webhooks/subscriptions/" + subscription + "/pause", null, "If-Match", "\"0\"");
        List<String> without = prepare(http, base, key, run + "a", flat);
        double rateWithout = flatOut(http, base, key, without);
        send(http, base, key, "POST", "/api/v1/webhooks/subscriptions/" + subscription + "/resume", null, "If-Match", "\"1\"");
        List<String> with = prepare(http, base, key, run + "b", flat);
        double rateWith = flatOut(http, base, key, with);
        System.out.printf("REST ingestion, 1 client, batches of %d changing every shipment's status: %.0f events/s without a "
                + "webhook subscriber, %.0f events/s with one; with / without = %.2f%n", SIZE, rateWithout, rateWith,
                rateWith / rateWithout);
        // the flat-out deliveries drain before the paced run is timed
        long expected = (long) flat * STEPS.length;
        for (int i = 0; i < 600 && ids.size() < expected; i++) {
            Thread.sleep(500);
        }
        ids.clear();
        latencies.clear();
        received.set(0);
        outOfOrder.set(0);

        int shipments = Math.max(SIZE, rate * seconds / STEPS.length / SIZE * SIZE);
        List<String> bodies = prepare(http, base, key, run, shipments);

        long start = System.nanoTime();
        long interval = 1_000_000_000L * SIZE / rate;
        long failed = 0;
        long sent = 0;
        for (int b = 0; b < bodies.size(); b++) {
            long due = start + b * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            HttpResponse<String> r = send(http, base, key, "POST", "/api/v1/events", bodies.get(b));
            if (r.statusCode() != 200 || !r.body().contains("\"rejected\":0")) {
                failed++;
                System.out.println("batch " + b + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
            } else {
                sent += SIZE;
            }
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        long lastCount = -1;
        long stillSince = System.nanoTime();
        while (ids.size() < sent && System.nanoTime() - stillSince < 60_000_000_000L) {
            Thread.sleep(200);
            if (ids.size() != lastCount) {
                lastCount = ids.size();
                stillSince = System.nanoTime();
            }
        }
        double drainSeconds = (System.nanoTime() - start) / 1e9 - sendSeconds;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("Webhooks: %d status changes sent in %.1f s (%.0f/s, target %d/s; %d batches refused); "
                        + "%d received once, %d lost, %d duplicate deliveries, %d out of order; drained %.1f s after the last batch%n",
                sent, sendSeconds, sent / sendSeconds, rate, failed, ids.size(), sent - ids.size(),
                received.get() - ids.size(), outOfOrder.get(), drainSeconds);
        System.out.printf("Webhooks: commit to delivery p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
        send(http, base, key, "DELETE", "/api/v1/webhooks/subscriptions/" + subscription, null);
        receiver.stop(0);
        System.exit(0);
    }

    /** New shipments {@code prefix-i}, and the batches that take each through the four steps, step by step. */
    static List<String> prepare(HttpClient http, String base, String key, String prefix, int shipments) throws Exception {
        for (int from = 0; from < shipments; from += 1000) {
            StringBuilder json = new StringBuilder("{\"shipments\":[");
            for (int i = from; i < Math.min(shipments, from + 1000); i++) {
                json.append(i > from ? "," : "").append("{\"reference\":\"WH").append(prefix).append('-').append(i)
                        .append("\",\"origin\":\"Shanghai\",\"destination\":\"Hamburg\",\"transportMode\":\"SEA\",")
                        .append("\"serviceLevel\":\"STANDARD\",\"pickupFrom\":\"2026-11-01T08:00:00Z\",")
                        .append("\"pickupTo\":\"2026-11-01T08:00:00Z\",\"deliveryFrom\":\"2026-11-20T08:00:00Z\",")
                        .append("\"deliveryTo\":\"2026-11-20T17:00:00Z\",\"orderedQuantity\":10}");
            }
            HttpResponse<String> r = send(http, base, key, "POST", "/api/v1/shipments", json.append("]}").toString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("shipments: " + r.statusCode() + " " + r.body());
            }
        }
        List<String> bodies = new ArrayList<>();
        Instant first = Instant.now().minusSeconds(7200);
        for (int step = 0; step < STEPS.length; step++) {
            String at = first.plusSeconds(600L * step).toString();
            for (int from = 0; from < shipments; from += SIZE) {
                StringBuilder json = new StringBuilder("{\"events\":[");
                for (int i = from; i < from + SIZE; i++) {
                    json.append(i > from ? "," : "").append("{\"shipmentReference\":\"WH").append(prefix).append('-').append(i)
                            .append("\",\"eventId\":\"wh-").append(prefix).append('-').append(step).append('-').append(i)
                            .append("\",\"sourceSystem\":\"BENCH\",\"statusCode\":\"").append(STEPS[step])
                            .append("\",\"occurredAt\":\"").append(at).append("\"}");
                }
                bodies.add(json.append("]}").toString());
            }
        }
        return bodies;
    }

    /** The batches one after the other, as fast as the server answers: events a second. */
    static double flatOut(HttpClient http, String base, String key, List<String> bodies) throws Exception {
        long start = System.nanoTime();
        for (String body : bodies) {
            HttpResponse<String> r = send(http, base, key, "POST", "/api/v1/events", body);
            if (r.statusCode() != 200 || !r.body().contains("\"rejected\":0")) {
                throw new IllegalStateException("events: " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }
        return bodies.size() * (double) SIZE / ((System.nanoTime() - start) / 1e9);
    }

    static boolean follows(String before, String now) {
        List<String> order = List.of("AT_PICKUP", "IN_TRANSIT", "AT_DELIVERY", "DELIVERED");
        return before == null ? order.indexOf(now) == 0 : order.indexOf(now) == order.indexOf(before) + 1;
    }

    static long pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }

    static HttpResponse<String> send(HttpClient http, String base, String key, String method, String path, String body,
                                     String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
