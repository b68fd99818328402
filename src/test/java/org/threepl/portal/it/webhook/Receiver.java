package org.threepl.portal.it.webhook;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * A real HTTP receiver for webhooks in the test JVM (the JDK's HttpServer on the loopback): it answers each request
 * with the status {@code answers} gives for the request's number (1, 2, …) and keeps what it received.
 */
public final class Receiver implements AutoCloseable {

    /** One request as received, and the status it was answered with. */
    public record Received(
            String id, String timestamp, String signature, String traceparent, String body, int answered) {

        JsonObject json() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public Receiver(IntUnaryOperator answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status;
            synchronized (received) {
                status = answers.applyAsInt(received.size() + 1);
                received.add(new Received(
                        exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        exchange.getRequestHeaders().getFirst("traceparent"),
                        body,
                        status));
            }
            byte[] answer = ("answer " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    List<Received> succeeded() {
        return received.stream().filter(r -> r.answered() < 300).toList();
    }

    /** Waits until what was received satisfies {@code done}, for up to a minute. */
    public List<Received> await(Predicate<List<Received>> done, String what) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            List<Received> now = received();
            if (done.test(now)) {
                return now;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Not received within a minute: " + what + "; received " + received());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
