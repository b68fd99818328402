package org.threepl.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A message for one portal user (e.g. an SLA alert), shown in the portal until read. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false, length = 2000)
    private String body;

    @Column(name = "link", length = 500)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /**
     * The subject and the body as texts of the bundles with their arguments (JSON), so each reader reads them in their
     * language.
     */
    @Column(name = "subject_key", length = 100)
    private String subjectKey;

    @Column(name = "subject_args", length = 2000)
    private String subjectArgs;

    @Column(name = "body_key", length = 100)
    private String bodyKey;

    @Column(name = "body_args", length = 8000)
    private String bodyArgs;

    protected Notification() {
        // for JPA
    }

    public Notification(Long userId, String subject, String body, String link, Instant createdAt) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.subject = cut(Objects.requireNonNull(subject, "subject"), 300);
        this.body = cut(Objects.requireNonNull(body, "body"), 2000);
        this.link = link == null ? null : cut(link, 500);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A notification written as texts of the bundles: {@code subject} and {@code body} hold it as first written (in the
     * recipient's language), the keys and arguments let the portal write it again in the language the reader uses now.
     */
    public Notification(
            Long userId,
            String subject,
            String body,
            String link,
            Instant createdAt,
            String subjectKey,
            String subjectArgs,
            String bodyKey,
            String bodyArgs) {
        this(userId, subject, body, link, createdAt);
        if (subjectArgs != null && subjectArgs.length() <= 2000 && bodyArgs != null && bodyArgs.length() <= 8000) {
            this.subjectKey = Objects.requireNonNull(subjectKey, "subjectKey");
            this.subjectArgs = subjectArgs;
            this.bodyKey = Objects.requireNonNull(bodyKey, "bodyKey");
            this.bodyArgs = bodyArgs;
        } // arguments too long to keep: the notification stays in the language it was first written in
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Long userId() {
        return userId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String subjectArgs() {
        return subjectArgs;
    }

    public String bodyKey() {
        return bodyKey;
    }

    public String bodyArgs() {
        return bodyArgs;
    }
}
