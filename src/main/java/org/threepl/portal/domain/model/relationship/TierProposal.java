package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A proposed change of a client's partnership tier and its approval, an explicit state machine:
 * <pre>
 *   PROPOSED --approve (an ops admin, not the proposer, with a reason)--> APPROVED
 *   PROPOSED --reject  (an ops admin, not the proposer, with a reason)--> REJECTED
 *   PROPOSED --withdraw (the proposer)-----------------------------------> WITHDRAWN
 * </pre>
 * The last three are final; anything else is refused with a message that says what is possible. Who may
 * propose and decide at all is the application's access policy; the four-eyes rule (nobody approves their
 * own proposal) and the proposer's sole right to withdraw are the proposal's own.
 */
@Entity
@Table(name = "tier_proposal")
public class TierProposal {

    public enum State {
        PROPOSED, APPROVED, REJECTED, WITHDRAWN;

        public boolean isOpen() {
            return this == PROPOSED;
        }
    }

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_proposal_seq")
    @SequenceGenerator(name = "tier_proposal_seq", sequenceName = "tier_proposal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "from_tier", nullable = false, length = 32, updatable = false)
    private String fromTier;

    @Column(name = "to_tier", nullable = false, length = 32, updatable = false)
    private String toTier;

    @Column(name = "reason", nullable = false, length = MAX_REASON, updatable = false)
    private String reason;

    @Column(name = "proposed_by", nullable = false, length = 150, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @Column(name = "decided_by", length = 150)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = MAX_REASON)
    private String decisionReason;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected TierProposal() {
        // for JPA
    }

    public TierProposal(Long organisationId, String fromTier, String toTier, String reason, String proposedBy, Instant proposedAt) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.fromTier = Objects.requireNonNull(fromTier, "fromTier");
        if (toTier == null || toTier.isBlank()) {
            throw new DomainRuleViolation("toTier", "Name the tier proposed");
        }
        if (toTier.equals(fromTier)) {
            throw new DomainRuleViolation("toTier", "The client already has the tier " + toTier);
        }
        this.toTier = toTier;
        this.reason = reason(reason, "reason", "A proposal states its reason");
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
        this.state = State.PROPOSED;
    }

    public void approve(String by, String why, Instant at) {
        decide(State.APPROVED, "approve", by, why, at);
    }

    public void reject(String by, String why, Instant at) {
        decide(State.REJECTED, "reject", by, why, at);
    }

    public void withdraw(String by, Instant at) {
        requireState("withdraw", State.PROPOSED);
        if (!proposedBy.equals(by)) {
            throw new DomainRuleViolation("action", "Only " + proposedBy + ", who proposed it, can withdraw this proposal");
        }
        state = State.WITHDRAWN;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(at, "at");
    }

    private void decide(State to, String what, String by, String why, Instant at) {
        requireState(what, State.PROPOSED);
        Objects.requireNonNull(by, "by");
        if (proposedBy.equals(by)) {
            throw new DomainRuleViolation("action", "A proposal is decided by someone other than its proposer (" + proposedBy + ")");
        }
        decisionReason = reason(why, "reason", "A decision states its reason");
        state = to;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(at, "at");
    }

    private void requireState(String what, State... allowed) {
        if (Arrays.asList(allowed).contains(state)) {
            return;
        }
        throw new DomainRuleViolation("action", "Cannot " + what + " a proposal that is " + state + "; only one that is "
                + Arrays.toString(allowed));
    }

    private static String reason(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(field, message);
        }
        if (text.strip().length() > MAX_REASON) {
            throw new DomainRuleViolation(field, "A reason has at most " + MAX_REASON + " characters");
        }
        return text.strip();
    }

    public Long id() { return id; }
    public Long organisationId() { return organisationId; }
    public String fromTier() { return fromTier; }
    public String toTier() { return toTier; }
    public String reason() { return reason; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public State state() { return state; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionReason() { return decisionReason; }
    public int version() { return version; }
}
