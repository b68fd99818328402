package org.threepl.portal.application.relationship;

import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.relationship.AccountTask;
import org.threepl.portal.domain.model.relationship.ClientTier;
import org.threepl.portal.domain.model.relationship.ContactLogEntry;
import org.threepl.portal.domain.model.relationship.LifecycleStage;
import org.threepl.portal.domain.model.relationship.RelationshipFacts;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.SatisfactionSurvey;
import org.threepl.portal.domain.model.relationship.TierHistoryEntry;
import org.threepl.portal.domain.model.relationship.TierProposal;
import org.threepl.portal.domain.model.relationship.ValueSegment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Relationship management's records: the settings, client tiers, proposals and history, contacts,
 * surveys, facts, tasks and snapshots. Lookups by id return nothing outside the caller's scope; lists
 * filter on the scope inside the query.
 * <p>A port of the application, implemented in infrastructure by {@code JpaRelationshipRepository}.
 */
public interface RelationshipRepository {
    /** What the portfolio can be filtered and sorted by. */
    record PortfolioQuery(ValueSegment segment, String tier, LifecycleStage stage, String riskLevel, String sort) {
    }

    /** A portfolio row: the latest snapshot, the client's name and its tier now. */
    record PortfolioRow(RelationshipSnapshot snapshot, String name, String tier) {
    }

    RelationshipSettings settings();

    void flush();

    Optional<ClientTier> clientTier(Long organisationId);

    Optional<ClientTier> clientTierForUpdate(Long organisationId);

    List<ClientTier> clientTiers();

    void add(ClientTier tier);

    Optional<TierProposal> proposal(TenantScope scope, Long id);

    List<TierProposal> proposalsOf(Long organisationId);

    Optional<TierProposal> openProposalOf(Long organisationId);

    /** Proposals in the scope, in a state (null: any), oldest first; a page. */
    List<TierProposal> proposals(TenantScope scope, TierProposal.State state, int offset, int limit);

    /** The scope's decided proposals (approved, rejected, withdrawn), the latest decision first; at most {@code limit}. */
    List<TierProposal> recentlyDecided(TenantScope scope, int limit);

    void add(TierProposal proposal);

    List<TierHistoryEntry> historyOf(Long organisationId);

    void add(TierHistoryEntry entry);

    /** The day the client's first contract started (the start of the relationship). */
    Optional<LocalDate> firstContractStart(Long organisationId);

    void add(ContactLogEntry entry);

    List<ContactLogEntry> contactsOf(Long organisationId, int offset, int limit);

    long countContactsOf(Long organisationId);

    Optional<SatisfactionSurvey> survey(TenantScope scope, Long id);

    List<SatisfactionSurvey> surveysOf(Long organisationId);

    void add(SatisfactionSurvey survey);

    Optional<RelationshipFacts> facts(Long organisationId);

    void add(RelationshipFacts facts);

    Optional<AccountTask> task(TenantScope scope, Long id);

    /** Tasks in the scope (of one client if given), in a state (null: any): open ones by due day, a page. */
    List<AccountTask> tasks(TenantScope scope, Long organisationId, AccountTask.State state, int offset, int limit);

    List<AccountTask> openTasksOf(Long organisationId, AccountTask.Kind kind);

    boolean taskExists(Long organisationId, AccountTask.Kind kind, String occasion);

    void add(AccountTask task);

    Optional<RelationshipSnapshot> latest(Long organisationId);

    /** The client's snapshots from a day on, oldest first: its trend. */
    List<RelationshipSnapshot> history(Long organisationId, LocalDate from);

    /**
     * Stores a client's snapshot of a day: any earlier one of the same day goes, the previous latest
     * becomes history and loses its explanation (older snapshots keep their figures only).
     */
    void store(RelationshipSnapshot snapshot);

    boolean anySnapshot();

    List<PortfolioRow> portfolio(TenantScope scope, PortfolioQuery f, String lowestTier, int offset, int limit);

    long countPortfolio(TenantScope scope, PortfolioQuery f, String lowestTier);

    /** Clients per value segment and tier (the portfolio matrix); a client without a tier row has the lowest tier. */
    List<Object[]> matrix(TenantScope scope, String lowestTier);
}
