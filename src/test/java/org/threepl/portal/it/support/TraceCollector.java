package org.threepl.portal.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real OTLP/HTTP trace receiver in the test JVM, on {@code test.otlp.port}, where the Arquillian test server exports
 * its spans (src/test/liberty/bootstrap.properties). It reads the protobuf export requests itself (the fields a test
 * asks about: ids, name, kind, string and number attributes, status) and keeps every span for the whole run. Only the
 * Failsafe run sets the port; unit tests never start it.
 */
public class TraceCollector implements LauncherSessionListener {

    /** One span as exported. Kind: 1 internal, 2 server, 3 client. Status code: 0 unset, 1 ok, 2 error. */
    public record ExportedSpan(
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            int kind,
            long startEpochNanos,
            Map<String, String> attributes,
            int statusCode) {}

    private static final List<ExportedSpan> SPANS = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("test.otlp.port");
        if (port == null || server != null) {
            return;
        }
        try {
            server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port)), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen for traces on port " + port, e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                byte[] bytes = body.readAllBytes();
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
                }
                SPANS.addAll(exportRequest(bytes));
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Waits up to 30 s for a span that {@code wanted} accepts. */
    public static ExportedSpan await(Predicate<ExportedSpan> wanted, String what) {
        if (server == null) {
            throw new IllegalStateException("The trace receiver runs only in the integration-test (Failsafe) run");
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            for (ExportedSpan span : SPANS) {
                if (wanted.test(span)) {
                    return span;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No span " + what + " among the " + SPANS.size() + " received: "
                + SPANS.stream().map(ExportedSpan::name).distinct().limit(30).toList());
    }

    // --- OTLP's protobuf, read field by field (opentelemetry/proto/trace/v1/trace.proto) --------------------------

    /** ExportTraceServiceRequest: resource_spans (1) → scope_spans (2) → spans (2). */
    static List<ExportedSpan> exportRequest(byte[] bytes) {
        List<ExportedSpan> spans = new ArrayList<>();
        for (Field resourceSpans : fields(bytes, 1)) {
            for (Field scopeSpans : fields(resourceSpans.bytes(), 2)) {
                for (Field span : fields(scopeSpans.bytes(), 2)) {
                    spans.add(span(span.bytes()));
                }
            }
        }
        return spans;
    }

    private static ExportedSpan span(byte[] bytes) {
        String traceId = "", spanId = "", parent = "", name = "";
        int kind = 0, status = 0;
        long start = 0;
        Map<String, String> attributes = new HashMap<>();
        for (Field f : fields(bytes, 0)) {
            switch (f.number()) {
                case 1 -> traceId = HexFormat.of().formatHex(f.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(f.bytes());
                case 4 -> parent = HexFormat.of().formatHex(f.bytes());
                case 5 -> name = new String(f.bytes(), StandardCharsets.UTF_8);
                case 6 -> kind = (int) f.varint();
                case 7 -> start = f.varint();
                case 9 -> attribute(f.bytes(), attributes);
                case 15 ->
                    status = fields(f.bytes(), 3).stream()
                            .mapToInt(c -> (int) c.varint())
                            .findFirst()
                            .orElse(0);
                default -> {}
            }
        }
        return new ExportedSpan(traceId, spanId, parent, name, kind, start, Map.copyOf(attributes), status);
    }

    /** KeyValue: key (1), AnyValue (2) holding a string (1), a bool (2) or an int (3). */
    private static void attribute(byte[] bytes, Map<String, String> into) {
        String key = null, value = null;
        for (Field f : fields(bytes, 0)) {
            if (f.number() == 1) {
                key = new String(f.bytes(), StandardCharsets.UTF_8);
            } else if (f.number() == 2) {
                for (Field v : fields(f.bytes(), 0)) {
                    value = switch (v.number()) {
                        case 1 -> new String(v.bytes(), StandardCharsets.UTF_8);
                        case 2 -> String.valueOf(v.varint() != 0);
                        case 3 -> String.valueOf(v.varint());
                        default -> value;
                    };
                }
            }
        }
        if (key != null && value != null) {
            into.put(key, value);
        }
    }

    /** One field: its number and either its bytes (length-delimited) or its number value (varint, fixed). */
    private record Field(int number, byte[] bytes, long varint) {}

    /** The fields of a message, only those numbered {@code wanted} (0: all). */
    private static List<Field> fields(byte[] bytes, int wanted) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < bytes.length) {
            long tag = varint(bytes, at);
            int number = (int) (tag >>> 3);
            Field f = switch ((int) (tag & 7)) {
                case 0 -> new Field(number, null, varint(bytes, at));
                case 1 -> new Field(number, null, fixed(bytes, at, 8));
                case 5 -> new Field(number, null, fixed(bytes, at, 4));
                case 2 -> {
                    int length = (int) varint(bytes, at);
                    byte[] value = java.util.Arrays.copyOfRange(bytes, at[0], at[0] + length);
                    at[0] += length;
                    yield new Field(number, value, 0);
                }
                default -> throw new IllegalArgumentException("wire type " + (tag & 7) + " at " + at[0]);
            };
            if (wanted == 0 || number == wanted) {
                fields.add(f);
            }
        }
        return fields;
    }

    private static long varint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    private static long fixed(byte[] bytes, int[] at, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value |= (long) (bytes[at[0]++] & 0xff) << (8 * i);
        }
        return value;
    }
}
