package org.threepl.portal.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Real HTTP(S) to the test server. The test server has Liberty's self-signed certificate, so these clients trust any
 * certificate: test code only, never to be copied into the application.
 */
public final class Http {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private Http() {}

    /** https://localhost:&lt;test https port&gt;/portal/ — the Arquillian test server (PostgreSQL). */
    public static URI testServer() {
        return URI.create("https://localhost:" + System.getProperty("test.https.port", "9544") + "/portal/");
    }

    public static HttpClient client() {
        return builder().build();
    }

    /** A client that keeps cookies, as a browser does. */
    public static HttpClient clientWithCookies(CookieManager cookies) {
        return builder().cookieHandler(cookies).build();
    }

    /** The builder of {@link #client()}, for clients made elsewhere (a generated API client). */
    public static HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // as browsers on plain HTTP: no h2c upgrade
                .sslContext(trustAll())
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        return send(client, request, HttpResponse.BodyHandlers.ofString());
    }

    public static <T> HttpResponse<T> send(
            HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- the JSON API ---

    public static HttpResponse<String> api(String method, String path, String key, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(testServer().resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accepts(path));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        if (json != null) {
            // a Content-Type among the headers (an X12 file, say) stays; otherwise the body is JSON
            boolean typed = false;
            for (int i = 0; i + 1 < headers.length; i += 2) {
                typed |= "Content-Type".equalsIgnoreCase(headers[i]);
            }
            if (!typed) {
                b.header("Content-Type", "application/json");
            }
            b.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(client(), b.build());
    }

    /** A GET of a file (a PDF, say) with the key and headers given, its bytes as sent. */
    public static HttpResponse<byte[]> apiFile(String path, String key, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(testServer().resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accepts(path))
                .header("Authorization", "Bearer " + key);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return send(client(), b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What a client of that address asks for: the file type it names (.csv, .xlsx, .pdf), else JSON. */
    private static String accepts(String path) {
        String file = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (file.endsWith(".csv")) {
            return "text/csv";
        }
        if (file.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return file.endsWith(".pdf") ? "application/pdf" : "application/json";
    }

    public static HttpResponse<String> get(String path, String key) {
        return api("GET", path, key, null);
    }

    /**
     * Asks for a run of a job that holds a lease (an address answering {@code {"ran": …}}) until this request got the
     * lease: the test server's own scheduler may hold it for a while. The answer of the run.
     */
    public static JsonObject postUntilRan(String path, String key) {
        for (int attempt = 0; attempt < 360; attempt++) {
            HttpResponse<String> r = api("POST", path, key, "");
            if (r.statusCode() != 200) {
                throw new AssertionError("POST " + path + ": " + r.statusCode() + " " + r.body());
            }
            JsonObject run = json(r);
            if (run.getBoolean("ran")) {
                return run;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The job behind " + path + " never got its lease");
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader r = Json.createReader(new StringReader(response.body()))) {
            return r.readObject();
        }
    }

    // --- the web portal ---

    /** A browser-like session on the test server: cookies kept, redirects not followed. */
    public static final class WebSession {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client = clientWithCookies(cookies);
        private final URI base;

        public WebSession(URI base) {
            this.base = base;
        }

        public WebSession() {
            this(testServer());
        }

        public HttpResponse<String> get(String path) {
            return send(
                    client,
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build());
        }

        /**
         * Submits the sign-in form the way a browser does, and the second factor's code when the portal asks for it
         * (users the {@link Authenticator} knows); answers the response to the last form post.
         */
        public HttpResponse<String> login(String username, String password) {
            HttpResponse<String> answer = loginWithPassword(username, password);
            if (answer.statusCode() == 200 && answer.body().contains("id=\"code\"") && Authenticator.knows(username)) {
                return submitCode(answer, Authenticator.nextCode(username));
            }
            return answer;
        }

        /** Only the password step: the answer is the code page for users with a second factor. */
        public HttpResponse<String> loginWithPassword(String username, String password) {
            HttpResponse<String> page = get("login.xhtml");
            String form = "login_SUBMIT=1&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                    + "&login%3Asubmit=" + postback(page.body());
            return post("login.xhtml", form);
        }

        /**
         * Sets up the authenticator app on the enrolment page ({@code page}): reads the secret it shows, remembers it
         * for later sign-ins and answers with the app's code; the answer to that post.
         */
        public HttpResponse<String> enrol(HttpResponse<String> page, String username) {
            Matcher secret = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>")
                    .matcher(page.body());
            if (!secret.find()) {
                throw new AssertionError("No authenticator secret on the page: " + page.body());
            }
            Authenticator.register(username, secret.group(1).replace(" ", ""));
            return post(
                    "login.xhtml",
                    "enrol_SUBMIT=1&enrol%3Aotp=" + enc(Authenticator.nextCode(username)) + "&enrol%3Aconfirm="
                            + postback(page.body()));
        }

        /**
         * A PrimeFaces ajax request of the page {@code page} (its body): the component {@code source} of form
         * {@code form} is activated (a command button), with the form's other {@code fields} (name=value, encoded)
         * processed too.
         */
        public HttpResponse<String> ajax(String path, String pageBody, String form, String source, String fields) {
            String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(source)
                    + "&jakarta.faces.partial.execute="
                    + enc(form) + "&jakarta.faces.partial.render=" + enc(form) + "&" + enc(source) + "=" + enc(source)
                    + "&" + enc(form)
                    + "_SUBMIT=1" + (fields == null || fields.isEmpty() ? "" : "&" + fields) + postback(pageBody);
            return send(
                    client,
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Faces-Request", "partial/ajax")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build());
        }

        /** Answers the code page ({@code page}) with a code. */
        public HttpResponse<String> submitCode(HttpResponse<String> page, String code) {
            return post(
                    "login.xhtml", "code_SUBMIT=1&code%3Aotp=" + enc(code) + "&code%3Averify=" + postback(page.body()));
        }

        /**
         * Presses the non-ajax button {@code button} of form {@code form} on the page {@code pageBody}: a file
         * download.
         */
        public HttpResponse<byte[]> download(String path, String pageBody, String form, String button) {
            return download(path, pageBody, form, button, "");
        }

        /** The same, with the form's {@code fields} (name=value, encoded, joined by &amp;) filled in. */
        public HttpResponse<byte[]> download(String path, String pageBody, String form, String button, String fields) {
            String body = enc(form) + "=" + enc(form) + "&" + enc(form) + "_SUBMIT=1&" + enc(button) + "=" + enc(button)
                    + (fields == null || fields.isEmpty() ? "" : "&" + fields) + postback(pageBody);
            return send(
                    client,
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        public HttpResponse<String> post(String path, String form) {
            return send(
                    client,
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build());
        }

        public static String viewState(HttpResponse<String> page) {
            Matcher m = VIEW_STATE.matcher(page.body());
            if (!m.find()) {
                throw new AssertionError("No view state on the page: " + page.body());
            }
            return m.group(1);
        }

        public CookieManager cookies() {
            return cookies;
        }

        /**
         * Carries a cookie as the server set it (another session's, for the tests that mix them): for the whole site,
         * secure, and in the plain form that servers read ({@code new HttpCookie} alone has no path, which the client
         * never sends, and is of the quoted version 1).
         */
        public WebSession carrying(String name, String value) {
            java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookie.setSecure(true);
            cookies.getCookieStore().add(base, cookie);
            return this;
        }

        public String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * The fields a browser adds to a Faces form it posts back: the view state, and the page's CSP nonce (PrimeFaces'
     * script puts it into every form; a postback without it is refused).
     */
    public static String postback(String pageBody) {
        Matcher vs = VIEW_STATE.matcher(pageBody);
        if (!vs.find()) {
            throw new AssertionError("No view state on the page: " + pageBody);
        }
        Matcher nonce = NONCE.matcher(pageBody);
        return "&jakarta.faces.ViewState=" + enc(vs.group(1))
                + (nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static SSLContext trustAll() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    new SecureRandom());
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
