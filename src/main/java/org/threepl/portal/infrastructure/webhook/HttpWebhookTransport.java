package org.threepl.portal.infrastructure.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.threepl.portal.application.webhook.WebhookTransport;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookUrl;

/**
 * Posts deliveries with the JDK's HTTP client: 5 s to connect, 10 s for the answer, redirects not followed (a receiver
 * that moved is a failure its admins see, not a silent hop elsewhere), and only the answer's first 2,000 characters
 * read.
 */
@ApplicationScoped
public class HttpWebhookTransport implements WebhookTransport {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public Answer post(WebhookUrl url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.value()))
                .timeout(ANSWER)
                .header("User-Agent", "3PL-Client-Portal-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(WebhookDelivery.MAX_ANSWER), StandardCharsets.UTF_8);
            }
            return new Answer(response.statusCode(), millisSince(started), answer, null);
        } catch (HttpTimeoutException e) {
            return new Answer(
                    null, millisSince(started), null, "No answer within the time allowed (" + e.getMessage() + ")");
        } catch (IOException e) {
            return new Answer(null, millisSince(started), null, "Could not reach the receiver: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, millisSince(started), null, "Interrupted while sending");
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
