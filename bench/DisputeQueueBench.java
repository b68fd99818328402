import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dispute list benchmark: a client's dispute list and the 3PL's queue across all clients (open ones
 * by deadline first), 50 a page, with 100,000 disputes in the database; sequential requests, then
 * the percentiles. JDK only: java bench/DisputeQueueBench.java BASE_URL CLIENT_KEY INTEGRATION_KEY [requests]
 */
public class DisputeQueueBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, "client dispute list (GET /api/v1/disputes?limit=50, one client's)", base + "/api/v1/disputes?limit=50", args[1], requests);
        run(http, "3PL queue (GET /api/v1/disputes?limit=50, all clients)", base + "/api/v1/disputes?limit=50", args[2], requests);
        run(http, "3PL queue of one client (?organisation=900000002&limit=50)", base + "/api/v1/disputes?organisation=900000002&limit=50",
                args[2], requests);
    }

    private static void run(HttpClient http, String what, String url, String key, int requests) throws Exception {
        for (int i = 0; i < 20; i++) {
            get(http, url, key);
        }
        List<Long> nanos = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < requests; i++) {
            long s = System.nanoTime();
            if (get(http, url, key) != 200) {
                errors++;
            }
            nanos.add(System.nanoTime() - s);
        }
        Collections.sort(nanos);
        System.out.printf("%s: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d%n", what, requests,
                nanos.get(requests / 2) / 1e6, nanos.get((int) (requests * 0.95)) / 1e6, nanos.get((int) (requests * 0.99)) / 1e6, errors);
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
