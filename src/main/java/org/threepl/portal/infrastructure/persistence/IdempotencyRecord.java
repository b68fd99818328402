package org.threepl.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.threepl.portal.application.idempotency.StoredAnswer;

/** The answer once given to a request with an Idempotency-Key, kept so that a retry gets the same. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    public record Key(Long credentialId, String idempotencyKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "credential_id")
    private Long credentialId;

    @Id
    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64)
    private String requestHash;

    /** 0 while reserved for a request still running; then the answer's status. */
    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "location", length = 2000)
    private String location;

    @Column(name = "entity_tag", length = 100)
    private String entityTag;

    @Column(name = "response", length = 1_000_000)
    private String response;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
        // for JPA
    }

    public IdempotencyRecord(Long credentialId, String idempotencyKey, StoredAnswer answer, Instant createdAt) {
        this.credentialId = Objects.requireNonNull(credentialId);
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.createdAt = Objects.requireNonNull(createdAt);
        answer(answer);
    }

    public void answer(StoredAnswer answer) {
        this.requestHash = answer.requestHash();
        this.status = answer.status();
        this.contentType = answer.contentType();
        this.location = answer.location();
        this.entityTag = answer.entityTag();
        this.response = answer.body();
    }

    public StoredAnswer answer() {
        return new StoredAnswer(requestHash, status, contentType, location, entityTag, response);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
