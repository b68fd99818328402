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
 * The portal's shipment table: signs in as a client user (form login, as a browser does), then
 * loads the history page (first page of 25, database-paged, count capped at 10,000) N times.
 * JDK only: java bench/PortalTableBench.java BASE_URL USERNAME PASSWORD [requests] [warm-up requests, not counted]
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
        for (int i = 0; i < warmUp; i++) {
            page(http, base);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            if (page(http, base) != 200) {
                throw new IllegalStateException("the page failed");
            }
            nanos.add(System.nanoTime() - t0);
        }
        Collections.sort(nanos);
        System.out.printf("portal shipment table (first page of 25), %d requests, one user: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                n, nanos.get(n / 2) / 1e6, nanos.get((int) (n * 0.95)) / 1e6, nanos.get((int) (n * 0.99)) / 1e6);
    }

    private static int page(HttpClient http, String base) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/shipments.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
