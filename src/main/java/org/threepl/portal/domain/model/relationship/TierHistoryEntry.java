package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * One change of a client's tier: from which to which, the proposal behind it, who proposed and who approved it, when,
 * and why. Written once and never changed (on PostgreSQL a trigger refuses updates and deletes).
 */
@Entity
@Table(name = "tier_history")
public class TierHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_history_seq")
    @SequenceGenerator(name = "tier_history_seq", sequenceName = "tier_history_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "from_tier", length = 32, updatable = false)
    private String fromTier;

    @Column(name = "to_tier", nullable = false, length = 32, updatable = false)
    private String toTier;

    @Column(name = "proposal_id", updatable = false)
    private Long proposalId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "proposed_by_kind", length = 16, updatable = false)),
        @AttributeOverride(name = "id", column = @Column(name = "proposed_by_id", updatable = false)),
        @AttributeOverride(
                name = "name",
                column = @Column(name = "proposed_by", nullable = false, length = 150, updatable = false))
    })
    private Actor proposedBy;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "approved_by_kind", length = 16, updatable = false)),
        @AttributeOverride(name = "id", column = @Column(name = "approved_by_id", updatable = false)),
        @AttributeOverride(
                name = "name",
                column = @Column(name = "approved_by", nullable = false, length = 150, updatable = false))
    })
    private Actor approvedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "reason", nullable = false, length = 2000, updatable = false)
    private String reason;

    protected TierHistoryEntry() {
        // for JPA
    }

    /** The record of an approved proposal. */
    public static TierHistoryEntry of(TierProposal approved) {
        if (approved.state() != TierProposal.State.APPROVED) {
            throw new IllegalArgumentException("Only an approved proposal is history");
        }
        String why = approved.reason() + " / approved: " + approved.decisionReason();
        return new TierHistoryEntry(
                approved.organisationId(),
                approved.fromTier(),
                approved.toTier(),
                approved.id(),
                approved.proposedBy(),
                approved.decidedBy(),
                approved.decidedAt(),
                why.length() > 2000 ? why.substring(0, 2000) : why);
    }

    /** A tier set without a proposal (the first tier of a demo or migrated client). */
    public TierHistoryEntry(
            Long organisationId,
            String fromTier,
            String toTier,
            Long proposalId,
            Actor proposedBy,
            Actor approvedBy,
            Instant changedAt,
            String reason) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.fromTier = fromTier;
        this.toTier = Objects.requireNonNull(toTier, "toTier");
        this.proposalId = proposalId;
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.approvedBy = Objects.requireNonNull(approvedBy, "approvedBy");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.reason = Objects.requireNonNull(reason, "reason");
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

    public Long proposalId() {
        return proposalId;
    }

    public Actor proposedBy() {
        return proposedBy;
    }

    public Actor approvedBy() {
        return approvedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String reason() {
        return reason;
    }
}
