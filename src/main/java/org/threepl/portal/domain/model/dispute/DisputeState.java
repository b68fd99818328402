package org.threepl.portal.domain.model.dispute;

/**
 * Where a dispute stands: filed → acknowledged → under investigation → negotiation → settled or rejected → closed;
 * withdrawn by the client at any open stage. {@link Dispute} decides which moves are allowed from each state.
 */
public enum DisputeState {
    FILED,
    ACKNOWLEDGED,
    UNDER_INVESTIGATION,
    NEGOTIATION,
    SETTLED,
    REJECTED,
    CLOSED,
    WITHDRAWN;

    /** Still being worked on: deadlines run, it can be escalated or withdrawn. */
    public boolean isOpen() {
        return this == FILED || this == ACKNOWLEDGED || this == UNDER_INVESTIGATION || this == NEGOTIATION;
    }
}
