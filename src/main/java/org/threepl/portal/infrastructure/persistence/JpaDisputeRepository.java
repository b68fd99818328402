package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.dispute.DisputeRepository;
import org.threepl.portal.domain.model.dispute.Attachment;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeMessage;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.DisputeRecord;
import org.threepl.portal.domain.model.dispute.DisputeState;

/** Disputes, their procedures and records (added, never changed), and the yearly number counters. */
@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    NumberSeries numbers;

    public List<DisputeProcedure> proceduresOf(Long contractId) {
        return em.createQuery(
                        "select p from DisputeProcedure p where p.contractId = :c order by p.effectiveFrom, p.id",
                        DisputeProcedure.class)
                .setParameter("c", contractId)
                .getResultList();
    }

    public Optional<DisputeProcedure> procedure(Long id) {
        return Optional.ofNullable(em.find(DisputeProcedure.class, id));
    }

    public void add(DisputeProcedure procedure) {
        em.persist(procedure);
        em.flush();
    }

    public void add(Dispute dispute) {
        em.persist(dispute);
        em.flush();
    }

    public void add(DisputeRecord record) {
        em.persist(record);
    }

    public void add(DisputeMessage message) {
        em.persist(message);
    }

    /** The thread of a dispute, oldest first; with {@code withInternal} false, without the 3PL's internal notes. */
    public List<DisputeMessage> messagesOf(Long disputeId, boolean withInternal) {
        return em.createQuery(
                        "select m from DisputeMessage m where m.disputeId = :d"
                                + (withInternal ? "" : " and m.internal = false") + " order by m.createdAt, m.id",
                        DisputeMessage.class)
                .setParameter("d", disputeId)
                .getResultList();
    }

    public void add(Attachment attachment) {
        em.persist(attachment);
    }

    public List<Attachment> attachmentsOf(Long disputeId) {
        return em.createQuery(
                        "select a from Attachment a where a.disputeId = :d order by a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("d", disputeId)
                .getResultList();
    }

    /** Writes pending changes now, so that the dispute's new version is known (for its ETag). */
    public void flush() {
        em.flush();
    }

    public Optional<Dispute> find(TenantScope scope, Long id) {
        Dispute d = id == null ? null : em.find(Dispute.class, id);
        return d == null || !scope.includes(d.organisationId()) ? Optional.empty() : Optional.of(d);
    }

    private static final List<DisputeState> OPEN = java.util.Arrays.stream(DisputeState.values())
            .filter(DisputeState::isOpen)
            .toList();
    private static final List<DisputeState> ENDED = java.util.Arrays.stream(DisputeState.values())
            .filter(s -> !s.isOpen())
            .toList();

    /**
     * The disputes the scope may see, open ones by their deadline first (the account manager's queue), then ended ones,
     * by deadline too; at most {@code limit} from {@code offset}. Among disputes due the same day, those of a client
     * whose partnership tier grants a higher dispute-queue priority come first (relationship: one join with the small
     * {@code client_tier} table, by its primary key).
     *
     * <p>Open and ended disputes are read by two queries rather than one ordered by "open first": each is then ordered
     * by its deadline alone, which an index on open disputes by deadline serves (PostgreSQL: {@code V16_1}), so the
     * first pages read a few rows instead of sorting all of the scope's disputes.
     */
    public List<Dispute> list(TenantScope scope, Long organisationId, DisputeState state, int offset, int limit) {
        if (state != null) {
            return page(scope, organisationId, List.of(state), offset, limit);
        }
        List<Dispute> open = page(scope, organisationId, OPEN, offset, limit);
        if (open.size() == limit) {
            return open;
        }
        // the open ones end on this page (or before it): the rest of the page is the first ended ones
        long openCount = open.isEmpty() ? count(scope, organisationId, OPEN) : offset + open.size();
        List<Dispute> page = new java.util.ArrayList<>(open);
        page.addAll(page(scope, organisationId, ENDED, (int) Math.max(0, offset - openCount), limit - open.size()));
        return page;
    }

    private List<Dispute> page(
            TenantScope scope, Long organisationId, List<DisputeState> states, int offset, int limit) {
        var q = em.createQuery(
                        "select d from Dispute d left join ClientTier t on t.organisationId = d.organisationId"
                                + " where d.state in :states" + scopeCondition(scope, organisationId)
                                + " order by d.resolveBy, coalesce(t.disputePriority, 0) desc, d.id desc",
                        Dispute.class)
                .setParameter("states", states);
        bindScope(q, scope, organisationId);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * How many disputes the scope may see, of one organisation and in one state if given (the total of the paged list).
     */
    public long count(TenantScope scope, Long organisationId, DisputeState state) {
        return count(scope, organisationId, state == null ? null : List.of(state));
    }

    /** {@code states} null: in any state. */
    private long count(TenantScope scope, Long organisationId, List<DisputeState> states) {
        var q = em.createQuery(
                "select count(d) from Dispute d where " + (states == null ? "1 = 1" : "d.state in :states")
                        + scopeCondition(scope, organisationId),
                Long.class);
        if (states != null) {
            q.setParameter("states", states);
        }
        bindScope(q, scope, organisationId);
        return q.getSingleResult();
    }

    private static String scopeCondition(TenantScope scope, Long organisationId) {
        return organisationId != null
                ? " and d.organisationId = :org"
                : scope.isUnrestricted() ? "" : " and d.organisationId in :orgs";
    }

    private static void bindScope(jakarta.persistence.Query q, TenantScope scope, Long organisationId) {
        if (organisationId != null) {
            q.setParameter("org", organisationId);
        } else if (!scope.isUnrestricted()) {
            q.setParameter("orgs", scope.organisationIds().isEmpty() ? List.of(-1L) : scope.organisationIds());
        }
    }

    /** Every open dispute's deadlines (one row each, no entities), for the reminder and escalation job. */
    public List<OpenDeadlines> openDeadlines() {
        return em.createQuery(
                        "select new org.threepl.portal.application.dispute.DisputeRepository$OpenDeadlines("
                                + "d.id, d.procedureId, d.state, d.level, d.levelSince, d.acknowledgeBy, d.resolveBy)"
                                + " from Dispute d where d.state in :open",
                        OpenDeadlines.class)
                .setParameter("open", OPEN)
                .getResultList();
    }

    public List<DisputeRecord> recordOf(Long disputeId) {
        return em.createQuery(
                        "select r from DisputeRecord r where r.disputeId = :d order by r.recordedAt, r.id",
                        DisputeRecord.class)
                .setParameter("d", disputeId)
                .getResultList();
    }

    /**
     * For the organisation's disputes filed in [from, toExclusive): the day each was filed and the first time one of
     * {@code actions} was recorded on it (disputes without such a step are left out).
     */
    public List<Object[]> firstSteps(
            Long organisationId,
            java.time.LocalDate from,
            java.time.LocalDate toExclusive,
            List<org.threepl.portal.domain.model.dispute.DisputeAction> actions) {
        return em.createQuery(
                        "select d.filedOn, min(r.recordedAt) from Dispute d, DisputeRecord r where r.disputeId = d.id"
                                + " and d.organisationId = :org and d.filedOn >= :f and d.filedOn < :t and "
                                + "r.action in :actions"
                                + " group by d.id, d.filedOn",
                        Object[].class)
                .setParameter("org", organisationId)
                .setParameter("f", from)
                .setParameter("t", toExclusive)
                .setParameter("actions", actions)
                .getResultList();
    }

    /** How many disputes of a kind the organisation filed in [from, toExclusive). */
    public long filed(
            Long organisationId,
            org.threepl.portal.domain.model.dispute.DisputeKind kind,
            java.time.LocalDate from,
            java.time.LocalDate toExclusive) {
        return em.createQuery(
                        "select count(d) from Dispute d where d.organisationId = :org and d.kind = :k and "
                                + "d.filedOn >= :f" + " and d.filedOn < :t",
                        Long.class)
                .setParameter("org", organisationId)
                .setParameter("k", kind)
                .setParameter("f", from)
                .setParameter("t", toExclusive)
                .getSingleResult();
    }

    /** Records a reminder of a deadline; false if it was sent already. */
    public boolean remindOnce(Long disputeId, String deadline, java.time.LocalDate due, java.time.Instant now) {
        Number sent = (Number) em.createNativeQuery(
                        "select count(*) from dispute_reminder where dispute_id = ?1 and deadline = ?2 and due_on = ?3")
                .setParameter(1, disputeId)
                .setParameter(2, deadline)
                .setParameter(3, java.sql.Date.valueOf(due))
                .getSingleResult();
        if (sent.longValue() > 0) {
            return false;
        }
        em.createNativeQuery(
                        "insert into dispute_reminder (dispute_id, deadline, due_on, sent_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, disputeId)
                .setParameter(2, deadline)
                .setParameter(3, java.sql.Date.valueOf(due))
                .setParameter(4, java.sql.Timestamp.from(now))
                .executeUpdate();
        return true;
    }

    /** Open disputes counted by kind, ladder level and the day they were filed. */
    public List<OpenOnDay> openByKindLevelAndDay() {
        return em.createQuery(
                        "select d.kind, d.level, d.filedOn, count(d) from Dispute d where d.state in :open"
                                + " group by d.kind, d.level, d.filedOn",
                        Object[].class)
                .setParameter("open", OPEN)
                .getResultStream()
                .map(r -> new OpenOnDay(
                        (org.threepl.portal.domain.model.dispute.DisputeKind) r[0],
                        ((Number) r[1]).intValue(),
                        (java.time.LocalDate) r[2],
                        ((Number) r[3]).longValue()))
                .toList();
    }

    /** Settled disputes since {@code from}: count and total per currency. */
    public List<SettledIn> settledSince(java.time.LocalDate from) {
        return em.createQuery(
                        "select d.currency, count(d), sum(d.settledAmount) from Dispute d where "
                                + "d.settledAmount is not null"
                                + " and d.filedOn >= :f group by d.currency order by d.currency",
                        Object[].class)
                .setParameter("f", from)
                .getResultStream()
                .map(r -> new SettledIn((String) r[0], ((Number) r[1]).longValue(), (java.math.BigDecimal) r[2]))
                .toList();
    }

    /** The next number of a yearly series (claims, credit notes), see {@link NumberSeries}. */
    public int next(String counter, int year) {
        return numbers.next(counter, year);
    }
}
