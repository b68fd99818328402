import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portal pages as a signed-in user sees them: signs in (form login, as a browser does), then loads the
 * page N times. By default the shipment table (first page of 25, database-paged, count capped at
 * 10,000) as a client user; any other page with its path, e.g. the account manager's dispute queue.
 * Several pages, comma-separated, are timed in the same run by the same user, interleaved (A B, B A, A B, ...
 * so that neither always follows the other), and each page's p95 is given as a ratio of the first page's
 * (the baseline), e.g. "shipments.xhtml,index.xhtml" for the home page against the shipment table.
 * A page that shows home tiles has their counts printed once, so that the run shows what was counted.
 * JDK only: java bench/PortalTableBench.java BASE_URL USERNAME PASSWORD [requests per page] [warm-up requests per page,
 *           not counted] [pages, comma-separated, default shipments.xhtml] [texts the pages must hold, comma-separated
 *           in the pages' order (empty: no check), checked once]
 */
public class PortalTableBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        String[] paths = (args.length > 5 ? args[5] : "shipments.xhtml").split(",");
        String[] texts = args.length > 6 ? args[6].split(",", -1) : new String[0];
        HttpClient http = signIn(base, args[1], args[2]);
        for (int i = 0; i < warmUp; i++) {
            for (String path : paths) {
                page(http, base, path);
            }
        }
        for (int p = 0; p < paths.length; p++) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/" + paths[p])).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (p < texts.length && !texts[p].isEmpty() && !body.contains(texts[p])) {
                throw new IllegalStateException(paths[p] + " does not show " + texts[p] + ": not the page to time");
            }
            printTiles(paths[p], body);
        }
        List<List<Long>> nanos = new ArrayList<>();
        for (String ignored : paths) {
            nanos.add(new ArrayList<>(n));
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < paths.length; k++) {
                int p = i % 2 == 0 ? k : paths.length - 1 - k; // every other round in reverse order
                nanos.get(p).add(time(http, base, paths[p]));
            }
        }
        double[] p95 = new double[paths.length];
        for (int p = 0; p < paths.length; p++) {
            List<Long> t = nanos.get(p);
            Collections.sort(t);
            p95[p] = t.get((int) (n * 0.95)) / 1e6;
            System.out.printf("portal page %s as %s, %d requests, one user%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    paths[p], args[1], n, paths.length > 1 ? " (interleaved with " + String.join(", ", others(paths, p)) + ")" : "",
                    t.get(n / 2) / 1e6, p95[p], t.get((int) (n * 0.99)) / 1e6);
        }
        for (int p = 1; p < paths.length; p++) {
            System.out.printf("p95 ratio %s / %s: %.2f%n", paths[p], paths[0], p95[p] / p95[0]);
        }
    }

    /** A client that has signed in through the portal's form (its session cookie kept). */
    static HttpClient signIn(String base, String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!vs.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String form = "login_SUBMIT=1&login%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in answered " + status);
        }
        return http;
    }

    /** One load of the page, in nanoseconds; a page that does not answer 200 stops the run. */
    static long time(HttpClient http, String base, String path) throws Exception {
        long t0 = System.nanoTime();
        if (page(http, base, path) != 200) {
            throw new IllegalStateException("the page " + path + " failed");
        }
        return System.nanoTime() - t0;
    }

    private static int page(HttpClient http, String base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/" + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The home tiles' counts (id and figure) and the rows of its last closed period, if the page has them. */
    private static void printTiles(String path, String body) {
        Matcher m = Pattern.compile("<a id=\"(tile\\w+)\"[^>]*>\\s*<span class=\"tile-count\">([^<]*)</span>").matcher(body);
        List<String> tiles = new ArrayList<>();
        while (m.find()) {
            tiles.add(m.group(1).substring(4) + " " + m.group(2).trim());
        }
        if (!tiles.isEmpty()) {
            int from = body.indexOf("id=\"lastPeriod\"");
            String table = from < 0 ? "" : body.substring(from, Math.max(from, body.indexOf("</table>", from)));
            int kpis = table.split("data-ri=\"", -1).length - 1;
            System.out.println(path + " shows: " + String.join(", ", tiles) + "; last closed period: " + kpis + " KPIs");
        }
    }

    private static List<String> others(String[] paths, int p) {
        List<String> o = new ArrayList<>(List.of(paths));
        o.remove(p);
        return o;
    }
}
