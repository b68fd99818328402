package org.threepl.portal.infrastructure.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The portal's own spans, written once: a job's run, and a call to another system (a webhook receiver, the mail relay)
 * that carries the trace on to it. Without the OpenTelemetry SDK turned on, the server's tracer makes spans that record
 * nothing, at next to no cost.
 */
@ApplicationScoped
public class Spans {

    @Inject
    Tracer tracer;

    @Inject
    OpenTelemetry telemetry;

    /** Runs {@code work} in a span of its own, made current so that the calls it makes become its children. */
    public <R> R inSpan(String name, String attribute, String value, Supplier<R> work) {
        Span span = tracer.spanBuilder(name).setAttribute(attribute, value).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /** A span for a call to another system, child of the current one; the caller ends it when the answer is in. */
    public Span call(String name) {
        return tracer.spanBuilder(name).setSpanKind(SpanKind.CLIENT).startSpan();
    }

    /**
     * The call's trace as W3C {@code traceparent} (and {@code tracestate}) headers, through {@code header}: the
     * receiver can join its own spans to it.
     */
    public void carry(Span call, BiConsumer<String, String> header) {
        telemetry
                .getPropagators()
                .getTextMapPropagator()
                .inject(Context.current().with(call), header, (carrier, key, value) -> carrier.accept(key, value));
    }

    /** Ends a call's span with what came back: an error when {@code failure} names one. */
    public static void ended(Span span, String failure) {
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, failure);
        }
        span.end();
    }
}
