import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Event-ingestion benchmark: batches of 500 tracking events through POST /api/v1/events from C clients
 * at once (C = 1: one after the other), then the same number of events written by bare JDBC batches
 * into the same table from C connections at once, as the baseline the API is compared with. Both sides
 * first run a warm-up (W batches per client, not counted), so that both are measured with compiled code;
 * the request bodies are built before the clock starts.
 * <p>
 * The baseline is what issue 15 names: a bare-JDBC client that also finds the shipments by reference, skips
 * duplicates and writes the derived status ({@link #jdbcBatches}); until 2026-12-05 it only inserted the rows with
 * the shipment ids known, so earlier ratios compare the API with less work than its own. Each side writes to
 * shipments of its own ({@link Shipments}); until 2026-12-05 the baseline wrote to the ones the API had just written
 * to, finding their pages in the cache.
 * <p>
 * Needs the PostgreSQL driver on the class path:
 * java -cp postgresql.jar bench/IngestBench.java BASE_URL API_KEY JDBC_URL USER PASSWORD ORG_ID [batches] [clients] [warm-up]
 */
public class IngestBench {

    static final int SIZE = 500;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        String jdbc = args[2];
        long org = Long.parseLong(args[5]);
        int batches = args.length > 6 ? Integer.parseInt(args[6]) : 40;
        int clients = args.length > 7 ? Integer.parseInt(args[7]) : 1;
        int warmUp = args.length > 8 ? Integer.parseInt(args[8]) : 10;
        String run = Long.toString(System.currentTimeMillis(), 36);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        // each side writes to shipments of its own, alike (the generated history's BR-1, BR-11 ...), so that neither
        // finds the pages the other one just read in the cache, nor the status the other one just wrote
        List<String> warm = new ArrayList<>();
        for (int b = 0; b < warmUp * clients; b++) {
            warm.add(body(run + "w", b, API_WARM_UP));
        }
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            bodies.add(body(run, b, API));
        }
        post(http, base, key, warm, clients, new ArrayList<>());

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        int failed = post(http, base, key, bodies, clients, latencies);
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        double apiRate = batches * SIZE / apiSeconds;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("REST ingestion, batches of %d, %d client(s): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms per batch; %d failed%n",
                SIZE, clients, sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6, sorted.get(sorted.size() - 1) / 1e6, failed);
        System.out.printf("REST ingestion: %d events in %.1f s = %.0f events/s%n", batches * SIZE, apiSeconds, apiRate);
        if (failed > 0) {
            // a refused batch (most often: a history of fewer than 1,000,000 shipments, whose references do not exist)
            // makes both rates meaningless: no ratio
            System.out.printf("INVALID: %d of %d batches refused; the benchmark needs a history of at least"
                    + " 1,000,000 shipments (bench/run.sh with SHIPMENTS=1000000; see Shipments below)%n", failed, batches);
            System.exit(1);
        }

        // the JDBC baseline: the same events, the same job, one transaction per batch, as many connections as clients
        long idBase = 70_000_000_000L + System.currentTimeMillis() % 1_000_000 * 100_000;
        jdbcBatches(jdbc, args[3], args[4], org, run + "w", idBase, warmUp * clients, clients, JDBC_WARM_UP);
        start = System.nanoTime();
        jdbcBatches(jdbc, args[3], args[4], org, run, idBase + 50_000_000L, batches, clients, JDBC);
        double jdbcSeconds = (System.nanoTime() - start) / 1e9;
        double jdbcRate = batches * SIZE / jdbcSeconds;
        System.out.printf("bare JDBC baseline, %d connection(s): %d events in %.1f s = %.0f events/s; REST / JDBC = %.2f%n",
                clients, batches * SIZE, jdbcSeconds, jdbcRate, apiRate / jdbcRate);
        System.exit(0);
    }

    /**
     * Where each side's events go: a range of client 2's first 100,000 shipments (BR-1, BR-11 ... BR-999,991, in any
     * history of at least 1,000,000), 40,000 shipments for each side's measured batches and 10,000 for its warm-up.
     * Events beyond a range's size go round it again, on both sides alike.
     */
    record Shipments(int first, int count) {}

    static final Shipments API = new Shipments(0, 40_000);
    static final Shipments JDBC = new Shipments(40_000, 40_000);
    static final Shipments API_WARM_UP = new Shipments(80_000, 10_000);
    static final Shipments JDBC_WARM_UP = new Shipments(90_000, 10_000);

    /** The shipment number n (of BR-n) of the i-th event of batch b. */
    static long shipment(int b, int i, Shipments range) {
        return 1 + 10L * (range.first() + (b * SIZE + i) % range.count());
    }

    static String body(String run, int b, Shipments range) {
        StringBuilder json = new StringBuilder("{\"events\":[");
        String occurred = Instant.now().minusSeconds(3600).toString();
        for (int i = 0; i < SIZE; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"shipmentReference\":\"BR-").append(shipment(b, i, range))
                    .append("\",\"eventId\":\"api-").append(run).append('-').append(b).append('-').append(i)
                    .append("\",\"sourceSystem\":\"BENCH-API\",\"statusCode\":\"X6\",\"occurredAt\":\"")
                    .append(occurred).append("\",\"location\":\"Bench\"}");
        }
        return json.append("]}").toString();
    }

    /** Posts the bodies from {@code clients} threads, each taking the next body; returns how many failed. */
    static int post(HttpClient http, String base, String key, List<String> bodies, int clients, List<Long> latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int b; !Thread.currentThread().isInterrupted() && (b = next.getAndIncrement()) < bodies.size(); ) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                            .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(b))).build(), HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    if (r.statusCode() != 200 || !r.body().contains("\"rejected\":0")) {
                        failed.incrementAndGet();
                        System.out.println("batch " + b + " answered " + r.statusCode() + ": "
                                + r.body().substring(0, Math.min(300, r.body().length())));
                    }
                }
                return null;
            }));
        }
        awaitAll(pool, done);
        return failed.get();
    }

    /**
     * The baseline client, doing the job the API does for the same events with bare JDBC, one transaction per batch:
     * finds each event's shipment by reference (one query for the batch), skips events already stored (their
     * identities inserted first, {@code on conflict do nothing}, as the portal keeps them: V33_1), inserts the new
     * events (batched), and writes the derived status of every shipment that got one (one update). Its derivation is
     * the simplest one that is true for these events (one status code, all dated alike): the status they give unless
     * the shipment was delivered or refused (final, as in the portal), and the latest event time; the portal's handles
     * any order and any code. (Until 2026-12-05 it set every shipment in transit: a delivered one's status changed,
     * which rewrites every index of its row.)
     */
    static void jdbcBatches(String jdbc, String user, String password, long org, String run, long idBase, int batches, int clients,
                            Shipments range) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                try (Connection con = DriverManager.getConnection(jdbc + "?reWriteBatchedInserts=true", user, password);
                     PreparedStatement find = con.prepareStatement("select client_reference, id from shipment"
                             + " where organisation_id = ? and client_reference = any (?)");
                     PreparedStatement key = con.prepareStatement("insert into tracking_event_sender (organisation_id,"
                             + " source_system, sender_event_id) select ?, 'BENCH-JDBC', unnest(?::text[])"
                             + " on conflict do nothing returning sender_event_id");
                     PreparedStatement ps = con.prepareStatement("insert into tracking_event (id, shipment_id, organisation_id,"
                             + " status_code, occurred_at, zone, location, source_system, sender_event_id, received_at)"
                             + " values (?, ?, ?, 'X6', ?, 'UTC', 'Bench', 'BENCH-JDBC', ?, ?)");
                     PreparedStatement status = con.prepareStatement("update shipment set status = case when status"
                             + " in ('DELIVERED', 'REFUSED') then status else 'IN_TRANSIT' end,"
                             + " last_event_at = greatest(coalesce(last_event_at, ?), ?), updated_at = now(),"
                             + " version = version + 1 where id = any (?)")) {
                    con.setAutoCommit(false);
                    for (int b; !Thread.currentThread().isInterrupted() && (b = next.getAndIncrement()) < batches; ) {
                        Timestamp occurred = Timestamp.from(Instant.now().minusSeconds(3600));
                        String[] references = new String[SIZE];
                        String[] eventIds = new String[SIZE];
                        for (int i = 0; i < SIZE; i++) {
                            references[i] = "BR-" + shipment(b, i, range);
                            eventIds[i] = "jdbc-" + run + "-" + b + "-" + i;
                        }
                        java.util.Map<String, Long> shipments = new java.util.HashMap<>();
                        find.setLong(1, org);
                        find.setArray(2, con.createArrayOf("text", references));
                        try (java.sql.ResultSet rs = find.executeQuery()) {
                            while (rs.next()) {
                                shipments.put(rs.getString(1), rs.getLong(2));
                            }
                        }
                        java.util.Set<String> fresh = new java.util.HashSet<>();
                        key.setLong(1, org);
                        key.setArray(2, con.createArrayOf("text", eventIds));
                        try (java.sql.ResultSet rs = key.executeQuery()) {
                            while (rs.next()) {
                                fresh.add(rs.getString(1));
                            }
                        }
                        java.util.Set<Long> touched = new java.util.HashSet<>();
                        Timestamp received = Timestamp.from(Instant.now());
                        for (int i = 0; i < SIZE; i++) {
                            Long shipment = shipments.get(references[i]);
                            if (shipment == null || !fresh.contains(eventIds[i])) {
                                continue; // an unknown reference is refused, a stored event skipped
                            }
                            ps.setLong(1, idBase + (long) b * SIZE + i);
                            ps.setLong(2, shipment);
                            ps.setLong(3, org);
                            ps.setTimestamp(4, occurred);
                            ps.setString(5, eventIds[i]);
                            ps.setTimestamp(6, received);
                            ps.addBatch();
                            touched.add(shipment);
                        }
                        ps.executeBatch();
                        status.setTimestamp(1, occurred);
                        status.setTimestamp(2, occurred);
                        status.setArray(3, con.createArrayOf("bigint", touched.toArray()));
                        status.executeUpdate();
                        con.commit();
                    }
                }
                return null;
            }));
        }
        awaitAll(pool, done);
    }

    /**
     * Waits for every client; the first failure stops the others and is thrown. The pool's threads are not daemons: a
     * failed client that left them running kept the JVM, and so bench/run.sh, waiting for ever.
     */
    static void awaitAll(ExecutorService pool, List<Future<?>> done) throws Exception {
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
