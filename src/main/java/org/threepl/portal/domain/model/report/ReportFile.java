package org.threepl.portal.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A report's file kept for a link in its mail: found by an unguessable token, given to its owner alone, until it
 * expires. Written once.
 */
@Entity
@Table(name = "report_file")
public class ReportFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_file_seq")
    @SequenceGenerator(name = "report_file_seq", sequenceName = "report_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token", nullable = false, length = 64, unique = true)
    private String token;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "schedule_id")
    private Long scheduleId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ReportFile() {
        // for JPA
    }

    public ReportFile(
            Long ownerId,
            Long scheduleId,
            String fileName,
            String contentType,
            byte[] content,
            Instant now,
            Duration kept) {
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.scheduleId = scheduleId;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content.clone();
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(kept);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
    }

    /** Whether {@code userId} may download it at {@code now}: its owner, before it expires. */
    public boolean availableTo(Long userId, Instant now) {
        return ownerId.equals(userId) && now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public String token() {
        return token;
    }

    public Long ownerId() {
        return ownerId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
