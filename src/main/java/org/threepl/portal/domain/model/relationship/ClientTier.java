package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The partnership tier a client has now (changed only by an approved {@link TierProposal}). A client without a row has
 * the lowest tier, since its relationship began.
 */
@Entity
@Table(name = "client_tier")
public class ClientTier {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "tier_code", nullable = false, length = 32)
    private String tierCode;

    @Column(name = "since", nullable = false)
    private Instant since;

    /**
     * The tier's dispute-queue priority, kept here so that the queue orders by it with one join (see
     * DisputeRepository).
     */
    @Column(name = "dispute_priority", nullable = false)
    private int disputePriority;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ClientTier() {
        // for JPA
    }

    public ClientTier(Long organisationId, TierDefinition tier, Instant since) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.tierCode = tier.code();
        this.disputePriority = tier.disputePriority();
        this.since = Objects.requireNonNull(since, "since");
    }

    /** The tier an approved proposal gives. */
    public void change(TierProposal approved, TierDefinition tier, Instant at) {
        if (approved.state() != TierProposal.State.APPROVED
                || !approved.organisationId().equals(organisationId)) {
            throw new IllegalArgumentException("Only an approved proposal for this client changes its tier");
        }
        if (!tier.code().equals(approved.toTier())) {
            throw new IllegalArgumentException("The proposal is for " + approved.toTier() + ", not " + tier.code());
        }
        tierCode = tier.code();
        disputePriority = tier.disputePriority();
        since = Objects.requireNonNull(at, "at");
    }

    /** The tier's definition changed (its priority): keep the copy here in step. */
    public void follow(TierDefinition tier) {
        if (tier.code().equals(tierCode)) {
            disputePriority = tier.disputePriority();
        }
    }

    public Long organisationId() {
        return organisationId;
    }

    public String tierCode() {
        return tierCode;
    }

    public Instant since() {
        return since;
    }

    public int disputePriority() {
        return disputePriority;
    }

    public int version() {
        return version;
    }
}
