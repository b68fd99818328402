package org.threepl.portal.application.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.relationship.LifecycleStage;
import org.threepl.portal.domain.model.relationship.RelationshipLevel;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.ValueSegment;

/**
 * The computed relationship snapshots: a client's latest and its history, and the portfolio over every client's latest
 * one, filtered on the caller's scope inside the query.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaSnapshotRepository}.
 */
public interface SnapshotRepository {
    /** What the portfolio can be filtered and sorted by. */
    record PortfolioQuery(ValueSegment segment, String tier, LifecycleStage stage, String riskLevel, String sort) {}

    /** A portfolio row: the latest snapshot, the client's name and its tier now. */
    record PortfolioRow(RelationshipSnapshot snapshot, String name, String tier) {}

    Optional<RelationshipSnapshot> latest(Long organisationId);

    /** The client's snapshots from a day on, oldest first: its trend. */
    List<RelationshipSnapshot> history(Long organisationId, LocalDate from);

    /**
     * Stores a client's snapshot of a day: any earlier one of the same day goes, the previous latest becomes history
     * and loses its explanation (older snapshots keep their figures only).
     */
    void store(RelationshipSnapshot snapshot);

    boolean anySnapshot();

    List<PortfolioRow> portfolio(TenantScope scope, PortfolioQuery f, String lowestTier, int offset, int limit);

    long countPortfolio(TenantScope scope, PortfolioQuery f, String lowestTier);

    /** Clients per value segment and tier (the portfolio matrix); a client without a tier row has the lowest tier. */
    List<Object[]> matrix(TenantScope scope, String lowestTier);

    /** Clients of a value segment at a relationship level (latest snapshots that have one). */
    record LevelCount(ValueSegment segment, RelationshipLevel level, long clients) {}

    /** How many clients each value segment has at each relationship level (the strategy matrix). */
    List<LevelCount> levels(TenantScope scope);
}
