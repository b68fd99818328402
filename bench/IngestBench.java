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

/**
 * Event-ingestion benchmark: N batches of 500 tracking events through POST /api/v1/events (one
 * client, sequential), then the same number of events written by bare JDBC batches into the same
 * table, as the baseline the API is compared with. Needs the PostgreSQL driver on the class path:
 * java -cp postgresql.jar bench/IngestBench.java BASE_URL API_KEY JDBC_URL USER PASSWORD ORG_ID [batches]
 */
public class IngestBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        String jdbc = args[2];
        long org = Long.parseLong(args[5]);
        int batches = args.length > 6 ? Integer.parseInt(args[6]) : 40;
        int size = 500;
        String run = Long.toString(System.currentTimeMillis(), 36);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<Long> latencies = new ArrayList<>();
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            StringBuilder json = new StringBuilder("{\"events\":[");
            for (int i = 0; i < size; i++) {
                long shipment = 1 + (long) (b * size + i) * 10 % 1_000_000; // BR-n of the bench data, spread out
                if (i > 0) {
                    json.append(',');
                }
                json.append("{\"shipmentReference\":\"BR-").append(shipment - shipment % 10 + 1)
                        .append("\",\"eventId\":\"api-").append(run).append('-').append(b).append('-').append(i)
                        .append("\",\"sourceSystem\":\"BENCH-API\",\"statusCode\":\"X6\",\"occurredAt\":\"")
                        .append(Instant.now().minusSeconds(3600)).append("\",\"location\":\"Bench\"}");
            }
            json.append("]}");
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - t0);
            if (r.statusCode() != 200 || !r.body().contains("\"rejected\":0")) {
                System.out.println("batch " + b + " answered " + r.statusCode() + ": " + r.body().substring(0, Math.min(300, r.body().length())));
            }
        }
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        double apiRate = batches * size / apiSeconds;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("REST ingestion, batches of %d: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms per batch%n", size,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6);
        System.out.printf("REST ingestion: %d events in %.1f s = %.0f events/s%n", batches * size, apiSeconds, apiRate);

        // bare JDBC baseline: the same rows, batched inserts, one transaction per batch
        try (Connection c = DriverManager.getConnection(jdbc + "?reWriteBatchedInserts=true", args[3], args[4])) {
            c.setAutoCommit(false);
            long idBase = 70_000_000_000L + System.currentTimeMillis() % 1_000_000 * 100_000;
            start = System.nanoTime();
            for (int b = 0; b < batches; b++) {
                try (PreparedStatement ps = c.prepareStatement("insert into tracking_event (id, shipment_id, organisation_id,"
                        + " status_code, occurred_at, zone, location, source_system, sender_event_id, received_at)"
                        + " values (?, ?, ?, 'X6', ?, 'UTC', 'Bench', 'BENCH-JDBC', ?, ?)")) {
                    for (int i = 0; i < size; i++) {
                        long shipment = 1 + (long) (b * size + i) * 10 % 1_000_000;
                        ps.setLong(1, idBase + b * size + i);
                        ps.setLong(2, 5_000_000_000L + shipment - shipment % 10 + 1);
                        ps.setLong(3, org);
                        ps.setTimestamp(4, Timestamp.from(Instant.now().minusSeconds(3600)));
                        ps.setString(5, "jdbc-" + run + "-" + b + "-" + i);
                        ps.setTimestamp(6, Timestamp.from(Instant.now()));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            }
            double jdbcSeconds = (System.nanoTime() - start) / 1e9;
            double jdbcRate = batches * size / jdbcSeconds;
            System.out.printf("bare JDBC baseline: %d events in %.1f s = %.0f events/s; REST / JDBC = %.2f%n",
                    batches * size, jdbcSeconds, jdbcRate, apiRate / jdbcRate);
        }
    }
}
