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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * One line of a dispute's record: who did what, when (UTC), from which state to which, with which amount, at which
 * ladder level. Written once and never changed: there is no setter, the repository only adds, and on PostgreSQL a
 * trigger refuses updates and deletes.
 */
@Entity
@Table(name = "dispute_record")
public class DisputeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_record_seq")
    @SequenceGenerator(name = "dispute_record_seq", sequenceName = "dispute_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private Long disputeId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "actor_kind", length = 16, updatable = false)),
        @AttributeOverride(name = "id", column = @Column(name = "actor_id", updatable = false)),
        @AttributeOverride(
                name = "name",
                column = @Column(name = "actor", nullable = false, length = 150, updatable = false))
    })
    private Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", length = 16, updatable = false)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 24, updatable = false)
    private DisputeAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 24, updatable = false)
    private DisputeState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 24, updatable = false)
    private DisputeState toState;

    @Column(name = "amount", precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(name = "ladder_level", nullable = false, updatable = false)
    private int level;

    @Column(name = "note", length = 2000, updatable = false)
    private String note;

    protected DisputeRecord() {
        // for JPA
    }

    /** The record of a change; {@code side} null for the system (automatic escalation, {@code actor} a system one). */
    public DisputeRecord(Dispute dispute, Change change, Actor actor, Side side, Instant at) {
        this.disputeId = Objects.requireNonNull(dispute.id(), "the dispute is stored first");
        this.organisationId = dispute.organisationId();
        this.recordedAt = Objects.requireNonNull(at, "at");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.side = side;
        this.action = change.action();
        this.fromState = change.from();
        this.toState = change.to();
        this.amount = change.amount();
        this.level = change.level();
        this.note = change.note() == null
                ? null
                : change.note().length() > 2000 ? change.note().substring(0, 2000) : change.note();
    }

    public Long id() {
        return id;
    }

    public Long disputeId() {
        return disputeId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Actor actor() {
        return actor;
    }

    public Side side() {
        return side;
    }

    public DisputeAction action() {
        return action;
    }

    public DisputeState fromState() {
        return fromState;
    }

    public DisputeState toState() {
        return toState;
    }

    public BigDecimal amount() {
        return amount;
    }

    public int level() {
        return level;
    }

    public String note() {
        return note;
    }
}
