package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A client the 3PL lost, with the reason and a win-back plan: LOST → RECOVERED, recorded by the 3PL's staff. The
 * relationship's lifecycle ends in the stage "lost" while the loss is open, and reads "recovered" for a while after the
 * client came back (the material's build → maintain → breakdown and recovery). A later loss is a new record.
 */
@Entity
@Table(name = "client_loss")
public class ClientLoss {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_STEPS = 10;

    public enum State {
        LOST,
        RECOVERED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_loss_seq")
    @SequenceGenerator(name = "client_loss_seq", sequenceName = "client_loss_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "lost_on", nullable = false, updatable = false)
    private LocalDate lostOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 16, updatable = false)
    private LossReason reason;

    @Column(name = "note", length = MAX_NOTE, updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private State state;

    @Column(name = "recovered_on")
    private LocalDate recoveredOn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "recorded_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "recorded_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "recorded_by", nullable = false, length = 150))
    })
    private Actor recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "recovered_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "recovered_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "recovered_by", length = 150))
    })
    private Actor recoveredBy;

    @Column(name = "recovered_at")
    private Instant recoveredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "win_back_step", joinColumns = @JoinColumn(name = "loss_id"))
    @OrderColumn(name = "position")
    private List<WinBackStep> steps = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ClientLoss() {
        // for JPA
    }

    /** A step of the plan as proposed: what to do and by when. */
    public record PlannedStep(String title, LocalDate dueOn) {}

    /**
     * Records a loss on {@code lostOn} (not after {@code today}) with its reason and the win-back plan (at most
     * {@link #MAX_STEPS} steps, each due on or after the day of the loss).
     */
    public ClientLoss(
            Long organisationId,
            LocalDate lostOn,
            LossReason reason,
            String note,
            List<PlannedStep> plan,
            LocalDate today,
            Actor by,
            Instant at) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        if (lostOn == null) {
            throw new DomainRuleViolation("lostOn", "rule.loss.lostOn.required", "Give the day the client was lost");
        }
        if (lostOn.isAfter(today)) {
            throw new DomainRuleViolation("lostOn", "rule.loss.lostOn.future", "A client is not lost in the future");
        }
        if (reason == null) {
            throw new DomainRuleViolation("reason", "rule.loss.reason.required", "Give the reason the client left");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > MAX_NOTE) {
            throw new DomainRuleViolation(
                    "note", "rule.loss.note.length", "A note has at most {0} characters", MAX_NOTE);
        }
        List<PlannedStep> planned = plan == null ? List.of() : plan;
        if (planned.size() > MAX_STEPS) {
            throw new DomainRuleViolation(
                    "steps", "rule.loss.steps.tooMany", "A win-back plan has at most {0} steps", MAX_STEPS);
        }
        for (PlannedStep s : planned) {
            String title = s.title() == null ? "" : s.title().strip();
            if (title.isEmpty() || title.length() > WinBackStep.MAX_TITLE) {
                throw new DomainRuleViolation(
                        "steps",
                        "rule.loss.step.title",
                        "Each step says what to do in 1 to {0} characters",
                        WinBackStep.MAX_TITLE);
            }
            if (s.dueOn() == null || s.dueOn().isBefore(lostOn)) {
                throw new DomainRuleViolation(
                        "steps", "rule.loss.step.dueOn", "Each step is due on or after the day the client was lost");
            }
            steps.add(new WinBackStep(title, s.dueOn()));
        }
        this.lostOn = lostOn;
        this.reason = reason;
        this.note = n;
        this.state = State.LOST;
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    /** Marks step {@code position} (from 0) of the plan done. */
    public void stepDone(int position, Actor by, Instant at) {
        if (state != State.LOST) {
            throw new DomainRuleViolation(
                    "state", "rule.loss.planClosed", "The client is back: the win-back plan is closed");
        }
        if (position < 0 || position >= steps.size()) {
            throw new DomainRuleViolation("step", "rule.loss.step.unknown", "The plan has no step {0}", position + 1);
        }
        WinBackStep step = steps.get(position);
        if (step.isDone()) {
            throw new DomainRuleViolation("step", "rule.loss.step.done", "Step {0} is already done", position + 1);
        }
        step.done(by, at);
    }

    /** The client came back on {@code on}: from the day of the loss to {@code today}. */
    public void recovered(LocalDate on, LocalDate today, Actor by, Instant at) {
        if (state != State.LOST) {
            throw new DomainRuleViolation(
                    "state", "rule.loss.alreadyRecovered", "The client was already won back on {0}", recoveredOn);
        }
        if (on == null || on.isBefore(lostOn) || on.isAfter(today)) {
            throw new DomainRuleViolation(
                    "recoveredOn",
                    "rule.loss.recoveredOn",
                    "The client came back between the day it was lost ({0}) and today",
                    lostOn);
        }
        state = State.RECOVERED;
        recoveredOn = on;
        recoveredBy = Objects.requireNonNull(by, "by");
        recoveredAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public LocalDate lostOn() {
        return lostOn;
    }

    public LossReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public State state() {
        return state;
    }

    public LocalDate recoveredOn() {
        return recoveredOn;
    }

    public Actor recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Actor recoveredBy() {
        return recoveredBy;
    }

    public List<WinBackStep> steps() {
        return List.copyOf(steps);
    }

    public int version() {
        return version;
    }
}
