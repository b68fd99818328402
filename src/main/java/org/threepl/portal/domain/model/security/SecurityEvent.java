package org.threepl.portal.domain.model.security;

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

/**
 * One entry of the security log. Append-only: no setters, the repository only adds, and on PostgreSQL a trigger refuses
 * updates and deletes. The actor is who acted (absent when nobody is signed in yet, e.g. a failed sign-in); the subject
 * is whom or what it concerns (a user, an API credential, an organisation), by id, with the name it had then.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    static final int DETAIL_MAX = 500;
    static final int NAME_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40, updatable = false)
    private SecurityEventType type;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "actor_kind", length = 16, updatable = false)),
        @AttributeOverride(name = "id", column = @Column(name = "actor_id", updatable = false)),
        @AttributeOverride(name = "name", column = @Column(name = "actor", length = 150, updatable = false))
    })
    private Actor actor;

    @Column(name = "subject_user_id", updatable = false)
    private Long subjectUserId;

    @Column(name = "subject_credential_id", updatable = false)
    private Long subjectCredentialId;

    @Column(name = "subject_name", length = NAME_MAX, updatable = false)
    private String subjectName;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "address", length = 64, updatable = false)
    private String address;

    @Column(name = "detail", length = DETAIL_MAX, updatable = false)
    private String detail;

    protected SecurityEvent() {
        // for JPA
    }

    private SecurityEvent(Builder b) {
        this.occurredAt = Objects.requireNonNull(b.at, "at");
        this.type = Objects.requireNonNull(b.type, "type");
        this.actor = b.actor;
        this.subjectUserId = b.subjectUserId;
        this.subjectCredentialId = b.subjectCredentialId;
        this.subjectName = cut(b.subjectName, NAME_MAX);
        this.organisationId = b.organisationId;
        this.address = cut(b.address, 64);
        this.detail = cut(b.detail, DETAIL_MAX);
    }

    public static Builder of(SecurityEventType type, Instant at) {
        return new Builder(type, at);
    }

    /** Control characters (a forged line break in a username, say) never reach the log as they came. */
    static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '\u2420' : c);
        }
        return b.toString();
    }

    /** Building an entry: only the type and time are required. */
    public static final class Builder {
        private final SecurityEventType type;
        private final Instant at;
        private Actor actor;
        private Long subjectUserId;
        private Long subjectCredentialId;
        private String subjectName;
        private Long organisationId;
        private String address;
        private String detail;

        private Builder(SecurityEventType type, Instant at) {
            this.type = type;
            this.at = at;
        }

        public Builder by(Actor a) {
            this.actor = a;
            return this;
        }

        public Builder aboutUser(Long userId, String name) {
            this.subjectUserId = userId;
            this.subjectName = name;
            return this;
        }

        public Builder aboutCredential(Long credentialId, String name) {
            this.subjectCredentialId = credentialId;
            this.subjectName = name;
            return this;
        }

        /** A subject known only by name (a username someone tried to sign in with). */
        public Builder aboutName(String name) {
            this.subjectName = name;
            return this;
        }

        public Builder organisation(Long id) {
            this.organisationId = id;
            return this;
        }

        public Builder from(String remoteAddress) {
            this.address = remoteAddress;
            return this;
        }

        public Builder detail(String text) {
            this.detail = text;
            return this;
        }

        public SecurityEvent build() {
            return new SecurityEvent(this);
        }
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public SecurityEventType type() {
        return type;
    }

    public Actor actor() {
        return actor;
    }

    public Long subjectUserId() {
        return subjectUserId;
    }

    public Long subjectCredentialId() {
        return subjectCredentialId;
    }

    public String subjectName() {
        return subjectName;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String address() {
        return address;
    }

    public String detail() {
        return detail;
    }
}
