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
import java.util.Locale;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A proposed change of a client's partnership tier and its approval, an explicit state machine:
 *
 * <pre>
 *   PROPOSED --approve (an ops admin, not the proposer, with a reason)--> APPROVED
 *   PROPOSED --reject  (an ops admin, not the proposer, with a reason)--> REJECTED
 *   PROPOSED --withdraw (the proposer)-----------------------------------> WITHDRAWN
 * </pre>
 *
 * The last three are final; anything else is refused with a message that says what is possible. Who may propose and
 * decide at all is the application's access policy; the four-eyes rule (nobody approves their own proposal) and the
 * proposer's sole right to withdraw are the proposal's own. Both compare identities ({@link Actor#sameAs}: a user
 * account or an API credential by id), never names: a key named like a person is not that person, and a renamed person
 * is still the proposer.
 */
@Entity
@Table(name = "tier_proposal")
public class TierProposal {

    public enum State {
        PROPOSED,
        APPROVED,
        REJECTED,
        WITHDRAWN;

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

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "proposed_by_kind", length = 16, updatable = false)),
        @AttributeOverride(name = "id", column = @Column(name = "proposed_by_id", updatable = false)),
        @AttributeOverride(
                name = "name",
                column = @Column(name = "proposed_by", nullable = false, length = 150, updatable = false))
    })
    private Actor proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "decided_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "decided_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "decided_by", length = 150))
    })
    private Actor decidedBy;

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

    public TierProposal(
            Long organisationId, String fromTier, String toTier, String reason, Actor proposedBy, Instant proposedAt) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.fromTier = Objects.requireNonNull(fromTier, "fromTier");
        if (toTier == null || toTier.isBlank()) {
            throw new DomainRuleViolation("toTier", "rule.tierProposal.toTier.required", "Name the tier proposed");
        }
        if (toTier.equals(fromTier)) {
            throw new DomainRuleViolation(
                    "toTier", "rule.tierProposal.toTier.current", "The client already has the tier {0}", toTier);
        }
        this.toTier = toTier;
        this.reason = reason(reason, "rule.tierProposal.reason.required", "A proposal states its reason");
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
        this.state = State.PROPOSED;
    }

    public void approve(Actor by, String why, Instant at) {
        decide(
                State.APPROVED,
                "rule.tierProposal.approve.notOpen",
                "Cannot approve a proposal that is {0}; only an open one",
                by,
                why,
                at);
    }

    public void reject(Actor by, String why, Instant at) {
        decide(
                State.REJECTED,
                "rule.tierProposal.reject.notOpen",
                "Cannot reject a proposal that is {0}; only an open one",
                by,
                why,
                at);
    }

    /**
     * Only the identity that proposed it withdraws it. A proposal written before actors were typed (a LEGACY proposer,
     * known by name only) matches nobody, so nobody withdraws it: an ops admin rejects it.
     */
    public void withdraw(Actor by, Instant at) {
        requireOpen("rule.tierProposal.withdraw.notOpen", "Cannot withdraw a proposal that is {0}; only an open one");
        Objects.requireNonNull(by, "by");
        if (!proposedBy.sameAs(by)) {
            throw new DomainRuleViolation(
                    "action",
                    "rule.tierProposal.withdraw.notProposer",
                    "Only {0}, who proposed it, can withdraw this proposal",
                    proposedBy.describe());
        }
        state = State.WITHDRAWN;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The four-eyes rule: the identity that proposed it does not decide it. A LEGACY proposer cannot be matched to any
     * identity (its name identifies nobody), so nothing more is refused for it: the rule only holds for proposals made
     * since actors were typed.
     */
    private void decide(State to, String notOpenKey, String notOpenEnglish, Actor by, String why, Instant at) {
        requireOpen(notOpenKey, notOpenEnglish);
        Objects.requireNonNull(by, "by");
        // a proposal written before actors were typed knows its proposer by name only: that name may not decide it
        boolean sameLegacyName =
                proposedBy.kind() == Actor.Kind.LEGACY && proposedBy.name().equalsIgnoreCase(by.name());
        if (proposedBy.sameAs(by) || sameLegacyName) {
            throw new DomainRuleViolation(
                    "action",
                    "rule.tierProposal.fourEyes",
                    "A proposal is decided by someone other than its proposer ({0})",
                    proposedBy.describe());
        }
        decisionReason = reason(why, "rule.tierProposal.decisionReason.required", "A decision states its reason");
        state = to;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(at, "at");
    }

    /** Refuses a step on a proposal that is no longer open; {@code {0}} of the English is its state, in words. */
    private void requireOpen(String key, String english) {
        if (state != State.PROPOSED) {
            throw new DomainRuleViolation("action", key, english, state.name().toLowerCase(Locale.ROOT));
        }
    }

    private static String reason(String text, String requiredKey, String requiredEnglish) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation("reason", requiredKey, requiredEnglish);
        }
        if (text.strip().length() > MAX_REASON) {
            throw new DomainRuleViolation(
                    "reason", "rule.tierProposal.reason.length", "A reason has at most {0} characters", MAX_REASON);
        }
        return text.strip();
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String fromTier() {
        return fromTier;
    }

    public String toTier() {
        return toTier;
    }

    public String reason() {
        return reason;
    }

    public Actor proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public State state() {
        return state;
    }

    public Actor decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public int version() {
        return version;
    }
}
