package org.threepl.portal.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Minimal HTTPS requests sent from a chosen loopback address (e.g. 127.0.0.2), so that a test can sign in "from another
 * machine" and exercise per-address throttling without blocking 127.0.0.1 for the rest of the suite. Java's HttpClient
 * cannot choose its local address on Java 17.
 */
public final class RawHttps {

    private static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie: (PORTALSESSION=[^;]+)");

    private RawHttps() {}

    /** Signs in from {@code localAddress}; answers the raw response to the form post (headers and body). */
    public static String login(String localAddress, String username, String password) {
        String page = request(
                localAddress, "GET /portal/login.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Matcher session = SESSION.matcher(page);
        if (!session.find()) {
            throw new AssertionError("No sign-in form: " + page);
        }
        String form = "login_SUBMIT=1&login%3Ausername=" + Http.enc(username) + "&login%3Apassword="
                + Http.enc(password) + "&login%3Asubmit=" + Http.postback(page);
        byte[] body = form.getBytes(StandardCharsets.US_ASCII);
        return request(
                localAddress,
                "POST /portal/login.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Cookie: " + session.group(1) + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n" + form);
    }

    private static String request(String localAddress, String request) {
        int port = Integer.parseInt(System.getProperty("test.https.port", "9544"));
        try (SSLSocket socket = (SSLSocket) trustAll()
                .getSocketFactory()
                .createSocket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SSLContext trustAll() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            public void checkClientTrusted(X509Certificate[] c, String a) {}

                            public void checkServerTrusted(X509Certificate[] c, String a) {}

                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
