package org.threepl.portal.domain.model.dispute;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A message in a dispute's thread, or an internal note of the 3PL that the client never sees. Messages are never
 * edited: a correction is a new message.
 */
@Entity
@Table(name = "dispute_message")
public class DisputeMessage {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_message_seq")
    @SequenceGenerator(name = "dispute_message_seq", sequenceName = "dispute_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private Long disputeId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "author_kind", length = 16, updatable = false)),
        @AttributeOverride(name = "id", column = @Column(name = "author_id", updatable = false)),
        @AttributeOverride(
                name = "name",
                column = @Column(name = "author", nullable = false, length = 150, updatable = false))
    })
    private Actor author;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 16, updatable = false)
    private Side side;

    @Column(name = "internal", nullable = false, updatable = false)
    private boolean internal;

    @Column(name = "text", nullable = false, length = MAX_LENGTH, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DisputeMessage() {
        // for JPA
    }

    /** An internal note can only come from the 3PL. */
    public DisputeMessage(Dispute dispute, Actor author, Side side, boolean internal, String text, Instant createdAt) {
        this.disputeId = Objects.requireNonNull(dispute.id(), "dispute");
        this.organisationId = dispute.organisationId();
        this.author = Objects.requireNonNull(author, "author");
        this.side = Objects.requireNonNull(side, "side");
        if (internal && side != Side.PROVIDER) {
            throw new DomainRuleViolation(
                    "internal",
                    "rule.disputeMessage.internal",
                    "Internal notes are the 3PL's; a client's message is always shared");
        }
        this.internal = internal;
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation("text", "rule.disputeMessage.text.required", "A message needs some text");
        }
        if (text.strip().length() > MAX_LENGTH) {
            throw new DomainRuleViolation(
                    "text", "rule.disputeMessage.text.length", "A message has at most {0} characters", MAX_LENGTH);
        }
        this.text = text.strip();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long id() {
        return id;
    }

    public Long disputeId() {
        return disputeId;
    }

    public Actor author() {
        return author;
    }

    public Side side() {
        return side;
    }

    public boolean isInternal() {
        return internal;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
