package org.threepl.portal.domain.model.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event owed to one subscription, written with the event, and what its attempts gave: the last answer's code,
 * latency and first bytes, or why it could not be sent. Deliveries of one {@code orderingKey} (one shipment, one
 * dispute …) within a subscription go out in the order they were written: a later one waits while an earlier one is
 * pending.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final int MAX_ANSWER = 2000;
    public static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private Long subscriptionId;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "ordering_key", nullable = false, length = 100)
    private String orderingKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DeliveryState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** Failed attempts since the last success or redelivery: what the back-off counts. */
    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the current series of attempts began (written, or redelivered): the give-up age counts from it. */
    @Column(name = "attempts_from", nullable = false)
    private Instant attemptsFrom;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_latency_ms")
    private Long lastLatencyMs;

    @Column(name = "last_answer", length = MAX_ANSWER)
    private String lastAnswer;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
        // for JPA
    }

    public WebhookDelivery(Long subscriptionId, Long eventId, String orderingKey, Instant now) {
        this.subscriptionId = Objects.requireNonNull(subscriptionId, "subscriptionId");
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.orderingKey = cut(Objects.requireNonNull(orderingKey, "orderingKey"), 100);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
        this.attemptsFrom = now;
        this.state = DeliveryState.PENDING;
    }

    /** The receiver answered 2xx. */
    public void succeeded(Instant at, int status, long latencyMs, String answer) {
        requirePending();
        attempts++;
        failures = 0;
        lastAttemptAt = at;
        lastStatus = status;
        lastLatencyMs = latencyMs;
        lastAnswer = kept(answer);
        lastError = null;
        deliveredAt = at;
        state = DeliveryState.DELIVERED;
    }

    /**
     * An attempt failed: an answer other than 2xx ({@code status}), or none ({@code status} null, {@code error} says
     * why); tried again at {@code next}, or failed for good when there is none.
     */
    public void failed(
            Instant at, Integer status, long latencyMs, String answer, String error, Optional<Instant> next) {
        requirePending();
        attempts++;
        failures++;
        lastAttemptAt = at;
        lastStatus = status;
        lastLatencyMs = latencyMs;
        lastAnswer = kept(answer);
        lastError = error == null ? null : cut(error, MAX_ERROR);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            state = DeliveryState.FAILED;
        }
    }

    /** Sent again as soon as possible, whatever happened before (the same event id and body). */
    public void redeliver(Instant now) {
        state = DeliveryState.PENDING;
        failures = 0;
        nextAttemptAt = now;
        attemptsFrom = now;
    }

    private void requirePending() {
        if (state != DeliveryState.PENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + state + ", not pending");
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The part of a receiver's answer that is kept: its first {@link #MAX_ANSWER} characters. */
    public static String kept(String answer) {
        return answer == null ? null : cut(answer, MAX_ANSWER);
    }

    public Long id() {
        return id;
    }

    public Long subscriptionId() {
        return subscriptionId;
    }

    public Long eventId() {
        return eventId;
    }

    public String orderingKey() {
        return orderingKey;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public int failures() {
        return failures;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant attemptsFrom() {
        return attemptsFrom;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public Long lastLatencyMs() {
        return lastLatencyMs;
    }

    public String lastAnswer() {
        return lastAnswer;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
