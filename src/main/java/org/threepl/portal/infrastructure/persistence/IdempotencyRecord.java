package org.threepl.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

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

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "response", nullable = false, length = 1_000_000)
    private String response;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
        // for JPA
    }

    public IdempotencyRecord(
            Long credentialId,
            String idempotencyKey,
            String requestHash,
            int status,
            String response,
            Instant createdAt) {
        this.credentialId = Objects.requireNonNull(credentialId);
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.requestHash = Objects.requireNonNull(requestHash);
        this.status = status;
        this.response = Objects.requireNonNull(response);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String requestHash() {
        return requestHash;
    }

    public int status() {
        return status;
    }

    public String response() {
        return response;
    }
}
