package org.threepl.portal.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Who did something: a person (a user account), a system (an API credential) or the portal itself (a scheduled job), by
 * its kind and id. The name is the label it had at the time, kept for reading; it never identifies anyone, so an API
 * key named like a person is still told apart from that person ({@link #sameAs}). Records store all three (columns
 * {@code <prefix>_kind}, {@code <prefix>_id} and the old name column); rows written before actors were typed read as
 * {@link Kind#LEGACY}.
 */
@Embeddable
public class Actor {

    /** What kind of identity acted. */
    public enum Kind {
        /** A signed-in person: the id is a user account's. */
        USER,
        /** A system with an API key: the id is an API credential's. */
        CREDENTIAL,
        /** The portal on its own (a scheduled job); no id. */
        SYSTEM,
        /** Written before actors were typed: only the name is known. */
        LEGACY
    }

    private static final int NAME_MAX = 150;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", length = 16)
    private Kind kind;

    @Column(name = "actor_id")
    private Long id;

    @Column(name = "actor", length = NAME_MAX)
    private String name;

    protected Actor() {
        // for JPA
    }

    private Actor(Kind kind, Long id, String name) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.USER || kind == Kind.CREDENTIAL) && id == null) {
            throw new IllegalArgumentException("A " + kind + " actor needs its id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An actor needs a name to show");
        }
        this.id = id;
        String n = name.strip();
        this.name = n.length() > NAME_MAX ? n.substring(0, NAME_MAX) : n;
    }

    public static Actor user(long userId, String username) {
        return new Actor(Kind.USER, userId, username);
    }

    public static Actor credential(long credentialId, String credentialName) {
        return new Actor(Kind.CREDENTIAL, credentialId, credentialName);
    }

    /** The portal itself, e.g. the job that escalates overdue disputes. */
    public static Actor system(String jobName) {
        return new Actor(Kind.SYSTEM, null, jobName);
    }

    /** Read back from storage (the kind may be missing on rows older than typed actors). */
    public static Actor stored(Kind kind, Long id, String name) {
        return new Actor(kind == null ? Kind.LEGACY : kind, id, name == null ? "?" : name);
    }

    /**
     * The same identity (kind and id); names are not compared, so a key named "ops.admin" is not the user ops.admin.
     */
    public boolean sameAs(Actor other) {
        return other != null
                && kind() == other.kind()
                && kind() != Kind.LEGACY
                && kind() != Kind.SYSTEM
                && Objects.equals(id, other.id);
    }

    public boolean isUser() {
        return kind() == Kind.USER;
    }

    public boolean isCredential() {
        return kind() == Kind.CREDENTIAL;
    }

    /**
     * How a message to people names it (notifications, log lines): a key as a key, so that one named like a person does
     * not pass for them; the portal as the portal.
     */
    public String describe() {
        return switch (kind()) {
            case CREDENTIAL -> "API key \u201c" + name + "\u201d";
            case SYSTEM -> "the portal (" + name + ")";
            case USER, LEGACY -> name;
        };
    }

    public Kind kind() {
        return kind == null ? Kind.LEGACY : kind;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor a && kind() == a.kind() && Objects.equals(id, a.id) && Objects.equals(name, a.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind(), id, name);
    }

    @Override
    public String toString() {
        return kind() + (id == null ? "" : "#" + id) + " " + name;
    }
}
