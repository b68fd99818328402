package org.threepl.portal.infrastructure.webhook;

import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.webhook.WebhookTransport;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookUrl;
import org.threepl.portal.infrastructure.telemetry.Spans;

/**
 * Posts deliveries with the JDK's HTTP client: 5 s to connect, 10 s for the answer, redirects not followed (a receiver
 * that moved is a failure its admins see, not a silent hop elsewhere), only the answer's first 2,000 characters read,
 * and never to a local or private network address unless {@code portal.webhooks.private-targets} allows it.
 */
@ApplicationScoped
public class HttpWebhookTransport implements WebhookTransport {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(10);

    /**
     * Whether receivers on this machine or the private network may be called: off in production, so that a webhook
     * cannot make the portal reach its own database, admin ports or a cloud metadata service.
     */
    @Inject
    @ConfigProperty(name = "portal.webhooks.private-targets", defaultValue = "false")
    boolean privateTargets;

    @Inject
    Spans spans;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public CompletableFuture<Answer> post(WebhookUrl url, Map<String, String> headers, String body) {
        URI target = URI.create(url.value());
        String refused = privateTargets ? null : refusedTarget(target.getHost());
        if (refused != null) {
            return CompletableFuture.completedFuture(new Answer(null, 0, null, refused));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(ANSWER)
                .header("User-Agent", "3PL-Client-Portal-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        Span span = spans.call("webhook POST");
        spans.carry(span, request::header);
        span.setAttribute("http.request.method", "POST");
        span.setAttribute("server.address", target.getHost());
        long started = System.nanoTime();
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> answered(response, started))
                .exceptionally(failure -> notAnswered(failure, started))
                .thenApply(answer -> traced(span, answer));
    }

    /** The delivery's span ends with the receiver's status, an error when it did not take the delivery. */
    private static Answer traced(Span span, Answer answer) {
        if (answer.status() != null) {
            span.setAttribute("http.response.status_code", answer.status());
        }
        Spans.ended(
                span,
                answer.succeeded() ? null : answer.error() != null ? answer.error() : "answered " + answer.status());
        return answer;
    }

    /** The status and the answer's first characters (the rest is not read). */
    private static Answer answered(HttpResponse<InputStream> response, long started) {
        try (InputStream in = response.body()) {
            String answer = new String(in.readNBytes(WebhookDelivery.MAX_ANSWER), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), millisSince(started), answer, null);
        } catch (IOException e) {
            return new Answer(response.statusCode(), millisSince(started), null, "Answer cut short: " + describe(e));
        }
    }

    private static Answer notAnswered(Throwable failure, long started) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return new Answer(
                    null, millisSince(started), null, "No answer within the time allowed (" + cause.getMessage() + ")");
        }
        if (cause instanceof IOException io) {
            return new Answer(null, millisSince(started), null, "Could not reach the receiver: " + describe(io));
        }
        return new Answer(
                null,
                millisSince(started),
                null,
                "Not sent: " + cause.getClass().getSimpleName());
    }

    /** Why the host may not be called (it is or resolves to a local or private address), or null. */
    static String refusedTarget(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a.isLoopbackAddress()
                        || a.isAnyLocalAddress()
                        || a.isLinkLocalAddress()
                        || a.isSiteLocalAddress()
                        || a.isMulticastAddress()
                        || (a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc)) {
                    return "The receiver's address " + host + " is a local or private network address ("
                            + a.getHostAddress() + "); the portal does not send there";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "The receiver's host name " + host + " is not known (DNS)";
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
