package org.threepl.portal.domain.model.relationship;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Something a client's account managers must do, raised by the relationship computation: look after a client whose
 * relationship moved into decline, hold the business review or make the contact the tier's cadence promises. Raised
 * once per occasion ({@code occasion}: e.g. the due day), OPEN until one of them marks it DONE (logging the review or
 * contact does so too).
 */
@Entity
@Table(name = "account_task")
public class AccountTask {

    public enum Kind {
        DECLINE,
        REVIEW_DUE,
        CONTACT_DUE
    }

    public enum State {
        OPEN,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_task_seq")
    @SequenceGenerator(name = "account_task_seq", sequenceName = "account_task_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "occasion", nullable = false, length = 40, updatable = false)
    private String occasion;

    @Column(name = "title", nullable = false, length = 4000, updatable = false)
    private Message title;

    @Column(name = "detail", nullable = false, length = 4000, updatable = false)
    private Message detail;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 8)
    private State state;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "done_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "done_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "done_by", length = 150))
    })
    private Actor doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_note", length = 1000)
    private String doneNote;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected AccountTask() {
        // for JPA
    }

    public AccountTask(
            Long organisationId,
            Kind kind,
            String occasion,
            Message title,
            Message detail,
            LocalDate dueOn,
            Instant createdAt) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.occasion = Objects.requireNonNull(occasion, "occasion");
        this.title = Objects.requireNonNull(title, "title");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = State.OPEN;
    }

    public void done(Actor by, String note, Instant at) {
        if (state != State.OPEN) {
            throw new DomainRuleViolation(
                    "action", "rule.task.alreadyDone", "The task is already done (by {0})", doneBy.name());
        }
        if (note != null && note.strip().length() > 1000) {
            throw new DomainRuleViolation("note", "rule.task.note.length", "A note has at most {0} characters", 1000);
        }
        state = State.DONE;
        doneBy = Objects.requireNonNull(by, "by");
        doneAt = Objects.requireNonNull(at, "at");
        doneNote = note == null || note.isBlank() ? null : note.strip();
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Kind kind() {
        return kind;
    }

    public String occasion() {
        return occasion;
    }

    public Message title() {
        return title;
    }

    public Message detail() {
        return detail;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public State state() {
        return state;
    }

    public Actor doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneNote() {
        return doneNote;
    }

    public int version() {
        return version;
    }
}
