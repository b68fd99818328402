package org.threepl.portal.application.webhook;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.threepl.portal.domain.model.webhook.WebhookUrl;

/**
 * Posts one delivery to a receiver and tells what came back. A port of the application, implemented in infrastructure
 * over HTTP with timeouts and without following redirects.
 */
public interface WebhookTransport {

    /**
     * What an attempt gave: the answer's status and first characters, or no status and why nothing came back (refused,
     * timed out); the time it took either way.
     */
    record Answer(Integer status, long latencyMs, String body, String error) {

        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /**
     * Posts without holding a server thread while the receiver takes its time (up to the timeout): a slow receiver must
     * not starve the threads that serve requests. The answer completes on the transport's own threads.
     */
    CompletableFuture<Answer> post(WebhookUrl url, Map<String, String> headers, String body);
}
