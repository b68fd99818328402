package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.relationship.RelationshipRepository;
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
 * tasks. Lookups by id return nothing outside the caller's scope; lists filter on the scope inside the query.
 */
@ApplicationScoped
public class JpaRelationshipRepository implements RelationshipRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    // --- settings ---

    public RelationshipSettings settings() {
        RelationshipSettings s = em.find(RelationshipSettings.class, 1);
        if (s == null) {
            throw new IllegalStateException(
                    "The relationship settings (relationship_config, id 1) are missing: migration V14 seeds them");
        }
        return s;
    }

    public void flush() {
        em.flush();
    }

    // --- tiers ---

    public Optional<ClientTier> clientTier(Long organisationId) {
        return Optional.ofNullable(em.find(ClientTier.class, organisationId));
    }

    public Optional<ClientTier> clientTierForUpdate(Long organisationId) {
        return Optional.ofNullable(em.find(ClientTier.class, organisationId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<ClientTier> clientTiers() {
        return em.createQuery("select t from ClientTier t", ClientTier.class).getResultList();
    }

    public void add(ClientTier tier) {
        em.persist(tier);
    }

    public Optional<TierProposal> proposal(TenantScope scope, Long id) {
        TierProposal p = id == null ? null : em.find(TierProposal.class, id);
        return p == null || !scope.includes(p.organisationId()) ? Optional.empty() : Optional.of(p);
    }

    public List<TierProposal> proposalsOf(Long organisationId) {
        return em.createQuery(
                        "select p from TierProposal p where p.organisationId = :o order by p.proposedAt "
                                + "desc, p.id desc",
                        TierProposal.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    public Optional<TierProposal> openProposalOf(Long organisationId) {
        return em.createQuery(
                        "select p from TierProposal p where p.organisationId = :o and p.state = :s", TierProposal.class)
                .setParameter("o", organisationId)
                .setParameter("s", TierProposal.State.PROPOSED)
                .getResultStream()
                .findFirst();
    }

    /** Proposals in the scope, in a state (null: any), oldest first; a page. */
    public List<TierProposal> proposals(TenantScope scope, TierProposal.State state, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select p from TierProposal p where 1 = 1");
        ScopedJpql.scoped(jpql, scope, "p.organisationId");
        if (state != null) {
            jpql.append(" and p.state = :s");
        }
        jpql.append(" order by p.proposedAt, p.id");
        TypedQuery<TierProposal> q = em.createQuery(jpql.toString(), TierProposal.class);
        ScopedJpql.bind(q, scope);
        if (state != null) {
            q.setParameter("s", state);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The scope's decided proposals (approved, rejected, withdrawn), the latest decision first; at most {@code limit}.
     */
    public List<TierProposal> recentlyDecided(TenantScope scope, int limit) {
        StringBuilder jpql = new StringBuilder("select p from TierProposal p where p.state <> :open");
        ScopedJpql.scoped(jpql, scope, "p.organisationId");
        jpql.append(" order by coalesce(p.decidedAt, p.proposedAt) desc, p.id desc");
        TypedQuery<TierProposal> q =
                em.createQuery(jpql.toString(), TierProposal.class).setParameter("open", TierProposal.State.PROPOSED);
        ScopedJpql.bind(q, scope);
        return q.setMaxResults(limit).getResultList();
    }

    public void add(TierProposal proposal) {
        em.persist(proposal);
        em.flush();
    }

    public List<TierHistoryEntry> historyOf(Long organisationId) {
        return em.createQuery(
                        "select h from TierHistoryEntry h where h.organisationId = :o order by h.changedAt "
                                + "desc, h.id desc",
                        TierHistoryEntry.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    public void add(TierHistoryEntry entry) {
        em.persist(entry);
    }

    /** The day the client's first contract started (the start of the relationship). */
    public Optional<LocalDate> firstContractStart(Long organisationId) {
        return Optional.ofNullable(em.createQuery(
                        "select min(c.term.start) from ClientContract c where c.organisation.id = :o", LocalDate.class)
                .setParameter("o", organisationId)
                .getSingleResult());
    }

    // --- contacts, surveys, facts ---

    public void add(ContactLogEntry entry) {
        em.persist(entry);
        em.flush();
    }

    public List<ContactLogEntry> contactsOf(Long organisationId, int offset, int limit) {
        return em.createQuery(
                        "select c from ContactLogEntry c where c.organisationId = :o order by c.occurredOn "
                                + "desc, c.id desc",
                        ContactLogEntry.class)
                .setParameter("o", organisationId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countContactsOf(Long organisationId) {
        return em.createQuery("select count(c) from ContactLogEntry c where c.organisationId = :o", Long.class)
                .setParameter("o", organisationId)
                .getSingleResult();
    }

    public Optional<SatisfactionSurvey> survey(TenantScope scope, Long id) {
        SatisfactionSurvey s = id == null ? null : em.find(SatisfactionSurvey.class, id);
        return s == null || !scope.includes(s.organisationId()) ? Optional.empty() : Optional.of(s);
    }

    public List<SatisfactionSurvey> surveysOf(Long organisationId) {
        return em.createQuery(
                        "select s from SatisfactionSurvey s where s.organisationId = :o order by s.sentAt "
                                + "desc, s.id desc",
                        SatisfactionSurvey.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    public void add(SatisfactionSurvey survey) {
        em.persist(survey);
        em.flush();
    }

    public Optional<RelationshipFacts> facts(Long organisationId) {
        return Optional.ofNullable(em.find(RelationshipFacts.class, organisationId));
    }

    public void add(RelationshipFacts facts) {
        em.persist(facts);
    }

    @Override
    public Optional<ClientLoss> latestLoss(Long organisationId) {
        return em.createQuery(
                        "select l from ClientLoss l where l.organisationId = :org order by l.id desc", ClientLoss.class)
                .setParameter("org", organisationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ClientLoss loss) {
        em.persist(loss);
    }

    // --- tasks ---

    public Optional<AccountTask> task(TenantScope scope, Long id) {
        AccountTask t = id == null ? null : em.find(AccountTask.class, id);
        return t == null || !scope.includes(t.organisationId()) ? Optional.empty() : Optional.of(t);
    }

    /** Tasks in the scope (of one client if given), in a state (null: any): open ones by due day, a page. */
    public List<AccountTask> tasks(
            TenantScope scope, Long organisationId, AccountTask.State state, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select t from AccountTask t where 1 = 1");
        if (organisationId != null) {
            jpql.append(" and t.organisationId = :org");
        } else {
            ScopedJpql.scoped(jpql, scope, "t.organisationId");
        }
        if (state != null) {
            jpql.append(" and t.state = :s");
        }
        jpql.append(" order by t.dueOn, t.id");
        TypedQuery<AccountTask> q = em.createQuery(jpql.toString(), AccountTask.class);
        if (organisationId != null) {
            q.setParameter("org", organisationId);
        } else {
            ScopedJpql.bind(q, scope);
        }
        if (state != null) {
            q.setParameter("s", state);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<AccountTask> openTasksOf(Long organisationId, AccountTask.Kind kind) {
        return em.createQuery(
                        "select t from AccountTask t where t.organisationId = :o and t.kind = :k and t.state = :s",
                        AccountTask.class)
                .setParameter("o", organisationId)
                .setParameter("k", kind)
                .setParameter("s", AccountTask.State.OPEN)
                .getResultList();
    }

    public boolean taskExists(Long organisationId, AccountTask.Kind kind, String occasion) {
        return !em.createQuery(
                        "select t.id from AccountTask t where t.organisationId = :o and t.kind = :k and "
                                + "t.occasion = :c",
                        Long.class)
                .setParameter("o", organisationId)
                .setParameter("k", kind)
                .setParameter("c", occasion)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void add(AccountTask task) {
        em.persist(task);
    }
}
