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

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long id() { return id; }
    public Long userId() { return userId; }
    public String subject() { return subject; }
    public String body() { return body; }
    public String link() { return link; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
    public boolean isRead() { return readAt != null; }
}
