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
import java.util.UUID;

/**
 * One event in the outbox, written in the transaction of the change it tells of, with the body every delivery sends as
 * it is (so a redelivery sends the same bytes and the same id, which receivers deduplicate by).
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_event_seq")
    @SequenceGenerator(name = "webhook_event_seq", sequenceName = "webhook_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false, unique = true, length = 40)
    private String messageId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private WebhookEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "body", nullable = false, length = 100_000)
    private String body;

    protected WebhookEvent() {
        // for JPA
    }

    /** {@code body} is written from {@link #messageId()} and the other fields by the caller ({@link #newMessageId}). */
    public WebhookEvent(String messageId, Long organisationId, WebhookEventType type, Instant occurredAt, String body) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.type = Objects.requireNonNull(type, "type");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** A message id no other event has: {@code msg_} and a random UUID's 32 hex digits. */
    public static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public WebhookEventType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String body() {
        return body;
    }
}
