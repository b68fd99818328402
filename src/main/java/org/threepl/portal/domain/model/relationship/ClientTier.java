package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * The partnership tier a client has now (changed only by an approved {@link TierProposal}). A client
 * without a row has the lowest tier, since its relationship began.
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

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ClientTier() {
        // for JPA
    }

    public ClientTier(Long organisationId, String tierCode, Instant since) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.tierCode = Objects.requireNonNull(tierCode, "tierCode");
        this.since = Objects.requireNonNull(since, "since");
    }

    /** The tier an approved proposal gives. */
    public void change(TierProposal approved, Instant at) {
        if (approved.state() != TierProposal.State.APPROVED || !approved.organisationId().equals(organisationId)) {
            throw new IllegalArgumentException("Only an approved proposal for this client changes its tier");
        }
        tierCode = approved.toTier();
        since = Objects.requireNonNull(at, "at");
    }

    public Long organisationId() { return organisationId; }
    public String tierCode() { return tierCode; }
    public Instant since() { return since; }
    public int version() { return version; }
}
