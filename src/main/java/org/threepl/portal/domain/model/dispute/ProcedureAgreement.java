package org.threepl.portal.domain.model.dispute;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Where a version of a dispute procedure stands between the two sides: PROPOSED by one (its signatory recorded), AGREED
 * once the other accepted (both signatories recorded), REJECTED with a reason, COUNTERED by a proposal of the other
 * side, or WITHDRAWN by its proposer. Versions recorded before joint agreement (V40) and standard-template copies read
 * AGREED without signatories.
 */
@Embeddable
public class ProcedureAgreement {

    /** The longest reason a rejection gives. */
    public static final int MAX_REASON = 1000;

    public enum State {
        PROPOSED,
        AGREED,
        REJECTED,
        COUNTERED,
        WITHDRAWN
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement", nullable = false, length = 12)
    private State state = State.AGREED;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_by_side", length = 8)
    private Side proposedBy;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "provider_signed_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "provider_signed_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "provider_signed_by", length = 150))
    })
    private Actor providerSignatory;

    @Column(name = "provider_signed_at")
    private Instant providerSignedAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "client_signed_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "client_signed_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "client_signed_by", length = 150))
    })
    private Actor clientSignatory;

    @Column(name = "client_signed_at")
    private Instant clientSignedAt;

    @Column(name = "answer_reason", length = MAX_REASON)
    private String answerReason;

    @Column(name = "counter_of")
    private Long counterOf;

    void propose(Side side, Actor signatory, Long counterOf, Instant at) {
        state = State.PROPOSED;
        proposedBy = Objects.requireNonNull(side, "side");
        this.counterOf = counterOf;
        sign(side, signatory, at);
    }

    void accept(Side side, Actor signatory, Instant at) {
        requireAnswerable(side, "accept");
        sign(side, signatory, at);
        state = State.AGREED;
    }

    /** The other side rejects, saying why. */
    public void reject(Side side, String reason) {
        requireAnswerable(side, "reject");
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation(
                    "reason", "rule.procedureAgreement.reason.required", "Say why the proposal is rejected");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainRuleViolation(
                    "reason",
                    "rule.procedureAgreement.reason.length",
                    "A reason has at most {0} characters",
                    MAX_REASON);
        }
        answerReason = reason.strip();
        state = State.REJECTED;
    }

    /** The other side answered with a proposal of its own. */
    public void counteredBy(Side side) {
        requireAnswerable(side, "counter");
        state = State.COUNTERED;
    }

    /** The proposer takes its proposal back before the other side answered. */
    public void withdraw(Side side) {
        if (state != State.PROPOSED) {
            throw new DomainRuleViolation(
                    "agreement",
                    "rule.procedureAgreement.withdraw.notOpen",
                    "Only an open proposal can be withdrawn; this one is {0}",
                    inWords(state));
        }
        if (side != proposedBy) {
            throw new DomainRuleViolation(
                    "side",
                    "rule.procedureAgreement.withdraw.side",
                    "Only the side that proposed a version withdraws it");
        }
        state = State.WITHDRAWN;
    }

    private void requireAnswerable(Side side, String what) {
        if (state != State.PROPOSED) {
            throw new DomainRuleViolation(
                    "agreement",
                    "rule.procedureAgreement.answer.notOpen",
                    "Only an open proposal can be answered ({0}); this one is {1}",
                    what,
                    inWords(state));
        }
        if (side == proposedBy) {
            throw new DomainRuleViolation(
                    "side",
                    "rule.procedureAgreement.answer.side",
                    "The other side answers a proposal: your side proposed this version itself");
        }
    }

    /** A state as a person reads it in English ("agreed", "withdrawn"). */
    private static String inWords(State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void sign(Side side, Actor signatory, Instant at) {
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(at, "at");
        if (side == Side.PROVIDER) {
            providerSignatory = signatory;
            providerSignedAt = at;
        } else {
            clientSignatory = signatory;
            clientSignedAt = at;
        }
    }

    public State state() {
        return state;
    }

    public Side proposedBy() {
        return proposedBy;
    }

    public Actor providerSignatory() {
        return providerSignatory;
    }

    public Instant providerSignedAt() {
        return providerSignedAt;
    }

    public Actor clientSignatory() {
        return clientSignatory;
    }

    public Instant clientSignedAt() {
        return clientSignedAt;
    }

    public String answerReason() {
        return answerReason;
    }

    public Long counterOf() {
        return counterOf;
    }
}
