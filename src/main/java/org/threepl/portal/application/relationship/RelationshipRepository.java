package org.threepl.portal.application.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.relationship.AccountTask;
import org.threepl.portal.domain.model.relationship.ClientLoss;
import org.threepl.portal.domain.model.relationship.ClientTier;
import org.threepl.portal.domain.model.relationship.ContactLogEntry;
import org.threepl.portal.domain.model.relationship.RelationshipFacts;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.SatisfactionSurvey;
import org.threepl.portal.domain.model.relationship.TierHistoryEntry;
import org.threepl.portal.domain.model.relationship.TierProposal;

/**
 * Relationship management's records: the settings, client tiers, proposals and history, contacts, surveys, facts and
 * tasks (the computed snapshots are {@link SnapshotRepository}'s). Lookups by id return nothing outside the caller's
 * scope; lists filter on the scope inside the query.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaRelationshipRepository}.
 */
public interface RelationshipRepository {
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

    /**
     * The scope's decided proposals (approved, rejected, withdrawn), the latest decision first; at most {@code limit}.
     */
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

    /** The client's latest loss, open or won back. */
    Optional<ClientLoss> latestLoss(Long organisationId);

    void add(ClientLoss loss);
}
