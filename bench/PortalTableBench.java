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
 * A portal page as a signed-in user sees it: signs in (form login, as a browser does), then loads the
 * page N times. By default the shipment table (first page of 25, database-paged, count capped at
 * 10,000) as a client user; any other page with its path, e.g. the account manager's dispute queue.
 * JDK only: java bench/PortalTableBench.java BASE_URL USERNAME PASSWORD [requests] [warm-up requests, not counted]
 *           [page, default shipments.xhtml] [a text the page must hold, checked once]
 */
public class PortalTableBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!vs.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String form = "login_SUBMIT=1&login%3Ausername=" + URLEncoder.encode(args[1], StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(args[2], StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in answered " + status);
        }
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        String path = args.length > 5 ? args[5] : "shipments.xhtml";
        for (int i = 0; i < warmUp; i++) {
            page(http, base, path);
        }
        if (args.length > 6) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/" + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!body.contains(args[6])) {
                throw new IllegalStateException(path + " does not show " + args[6] + ": not the page to time");
            }
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            if (page(http, base, path) != 200) {
                throw new IllegalStateException("the page failed");
            }
            nanos.add(System.nanoTime() - t0);
        }
        Collections.sort(nanos);
        System.out.printf("portal page %s as %s, %d requests, one user: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                path, args[1], n, nanos.get(n / 2) / 1e6, nanos.get((int) (n * 0.95)) / 1e6, nanos.get((int) (n * 0.99)) / 1e6);
    }

    private static int page(HttpClient http, String base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/" + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
