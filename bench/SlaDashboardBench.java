import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Service-level dashboard benchmark: recomputes a client's daily KPI roll-ups for the last thirteen
 * months (the cost of a full rebuild), then asks for its dashboard (GET /api/v1/sla/kpis: every term,
 * six periods each, twelve months of breaches) sequentially, and reports the percentiles.
 * JDK only: java bench/SlaDashboardBench.java BASE_URL CLIENT_KEY INTEGRATION_KEY ORGANISATION_ID [requests]
 */
public class SlaDashboardBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String clientKey = args[1];
        String integrationKey = args[2];
        String org = args[3];
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sla/recompute?organisation=" + org
                        + "&from=" + today.minusMonths(13).withDayOfMonth(1) + "&to=" + today.plusDays(7)))
                .header("Authorization", "Bearer " + integrationKey).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf("roll-up rebuild, 13 months of organisation %s: HTTP %d %s in %.1f s%n", org, r.statusCode(), r.body(),
                (System.nanoTime() - t0) / 1e9);

        String url = base + "/api/v1/sla/kpis";
        for (int i = 0; i < 20; i++) {
            get(http, url, clientKey);
        }
        List<Long> nanos = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < requests; i++) {
            long s = System.nanoTime();
            if (get(http, url, clientKey) != 200) {
                errors++;
            }
            nanos.add(System.nanoTime() - s);
        }
        Collections.sort(nanos);
        System.out.printf("SLA dashboard (GET /api/v1/sla/kpis), %d requests, one client: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d%n",
                requests, nanos.get(requests / 2) / 1e6, nanos.get((int) (requests * 0.95)) / 1e6, nanos.get((int) (requests * 0.99)) / 1e6,
                errors);
    }

    private static int get(HttpClient http, String url, String key) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
