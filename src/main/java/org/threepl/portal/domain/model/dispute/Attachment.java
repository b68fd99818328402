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
import java.util.UUID;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DocumentType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Evidence attached to a dispute: a PDF, PNG or JPEG (judged by its content, not its name) of at most
 * {@value #MAX_BYTES} bytes. The bytes are kept apart under a generated storage key, never under the uploaded name.
 */
@Entity
@Table(name = "dispute_attachment")
public class Attachment {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_attachment_seq")
    @SequenceGenerator(name = "dispute_attachment_seq", sequenceName = "dispute_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private Long disputeId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Column(name = "storage_key", nullable = false, length = 64, updatable = false)
    private String storageKey;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "uploaded_by_kind", length = 16, updatable = false)),
        @AttributeOverride(name = "id", column = @Column(name = "uploaded_by_id", updatable = false)),
        @AttributeOverride(
                name = "name",
                column = @Column(name = "uploaded_by", nullable = false, length = 150, updatable = false))
    })
    private Actor uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 16, updatable = false)
    private Side side;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
        // for JPA
    }

    /** Checks the upload; refuses an empty, too large or unknown-typed file whatever its name says. */
    public Attachment(Dispute dispute, String fileName, byte[] content, Actor uploadedBy, Side side, Instant at) {
        this.disputeId = Objects.requireNonNull(dispute.id(), "dispute");
        this.organisationId = dispute.organisationId();
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("file", "rule.attachment.empty", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainRuleViolation(
                    "file",
                    "rule.attachment.tooLarge",
                    "A file has at most {0} MiB; this one has {1} MiB",
                    MAX_BYTES / 1024 / 1024,
                    (content.length + 1024 * 1024 - 1) / (1024 * 1024));
        }
        this.contentType = DocumentType.of(content)
                .orElseThrow(() -> new DomainRuleViolation(
                        "file",
                        "rule.attachment.type",
                        "Evidence must be a {0} file (judged by its content, not its name)",
                        DocumentType.ALLOWED));
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        this.fileName = DocumentType.safeFileName(name.length() > 200 ? name.substring(name.length() - 200) : name);
        this.size = content.length;
        this.storageKey = UUID.randomUUID().toString();
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.side = Objects.requireNonNull(side, "side");
        this.uploadedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public Long disputeId() {
        return disputeId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    public String storageKey() {
        return storageKey;
    }

    public Actor uploadedBy() {
        return uploadedBy;
    }

    public Side side() {
        return side;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
