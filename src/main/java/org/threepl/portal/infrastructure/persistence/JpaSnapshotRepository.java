package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.relationship.SnapshotRepository;
import org.threepl.portal.domain.model.relationship.Lifecycle;
import org.threepl.portal.domain.model.relationship.RelationshipLevel;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.ValueSegment;

/**
 * The computed relationship snapshots: one per client and day, the latest with its explanation (kept in the three
 * detail tables, deleted when a snapshot becomes history), and the portfolio over every client's latest one.
 */
@ApplicationScoped
public class JpaSnapshotRepository implements SnapshotRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The client's latest snapshot with its explanation read whole. A run replacing it (the scheduled one, or another
     * server's) may commit between the read of the row and the read of its detail tables, which would show a profile
     * without its "why"; so the details are read at once and the row is checked to be still the latest afterwards.
     */
    public Optional<RelationshipSnapshot> latest(Long organisationId) {
        for (int attempt = 1; ; attempt++) {
            Optional<RelationshipSnapshot> found = em.createQuery(
                            "select s from RelationshipSnapshot s where s.organisationId = :o and s.latest = true",
                            RelationshipSnapshot.class)
                    .setParameter("o", organisationId)
                    .getResultStream()
                    .findFirst();
            if (found.isEmpty()) {
                return found;
            }
            RelationshipSnapshot s = found.get();
            s.contributions();
            s.bonds();
            s.signals();
            if (attempt == 3 || stillLatest(s.id())) {
                return found;
            }
            em.detach(s); // replaced meanwhile: read the new one afresh
        }
    }

    private boolean stillLatest(Long snapshotId) {
        return ((Number) em.createNativeQuery(
                                        "select count(*) from relationship_snapshot where id = ?1 and latest = true")
                                .setParameter(1, snapshotId)
                                .getSingleResult())
                        .intValue()
                == 1;
    }

    /** The client's snapshots from a day on, oldest first: its trend. */
    public List<RelationshipSnapshot> history(Long organisationId, LocalDate from) {
        return em.createQuery(
                        "select s from RelationshipSnapshot s where s.organisationId = :o and s.asOf >= :f "
                                + "order by s.asOf",
                        RelationshipSnapshot.class)
                .setParameter("o", organisationId)
                .setParameter("f", from)
                .getResultList();
    }

    /**
     * Stores a client's snapshot of a day: any earlier one of the same day goes, the previous latest becomes history
     * and loses its explanation (older snapshots keep their figures only).
     */
    public void store(RelationshipSnapshot snapshot) {
        Long org = snapshot.organisationId();
        List<Long> sameDay = em.createQuery(
                        "select s.id from RelationshipSnapshot s where s.organisationId = :o and s.asOf = :d",
                        Long.class)
                .setParameter("o", org)
                .setParameter("d", snapshot.asOf())
                .getResultList();
        for (Long id : sameDay) {
            deleteDetail(id);
            em.createNativeQuery("delete from relationship_snapshot where id = ?1")
                    .setParameter(1, id)
                    .executeUpdate();
        }
        boolean newest = em.createQuery(
                                "select count(s) from RelationshipSnapshot s where s.organisationId = :o "
                                        + "and s.asOf > :d",
                                Long.class)
                        .setParameter("o", org)
                        .setParameter("d", snapshot.asOf())
                        .getSingleResult()
                == 0;
        if (newest) {
            for (Long id : em.createQuery(
                            "select s.id from RelationshipSnapshot s where s.organisationId = :o and s.latest = true",
                            Long.class)
                    .setParameter("o", org)
                    .getResultList()) {
                deleteDetail(id);
                em.createNativeQuery("update relationship_snapshot set latest = false where id = ?1")
                        .setParameter(1, id)
                        .executeUpdate();
            }
        } else {
            snapshot.superseded();
        }
        em.persist(snapshot);
        em.flush();
        if (!newest) {
            deleteDetail(snapshot.id());
        }
    }

    private void deleteDetail(Long snapshotId) {
        for (String table : List.of("relationship_contribution", "relationship_bond_status", "relationship_signal")) {
            em.createNativeQuery("delete from " + table + " where snapshot_id = ?1")
                    .setParameter(1, snapshotId)
                    .executeUpdate();
        }
    }

    public boolean anySnapshot() {
        return !em.createQuery("select s.id from RelationshipSnapshot s", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static final String PORTFOLIO_FROM =
            " from RelationshipSnapshot s join Organisation o on o.id = s.organisationId"
                    + " left join ClientTier t on t.organisationId = s.organisationId where s.latest = true";

    public List<PortfolioRow> portfolio(TenantScope scope, PortfolioQuery f, String lowestTier, int offset, int limit) {
        StringBuilder jpql =
                new StringBuilder("select s, o.name, coalesce(t.tierCode, :lowest)").append(PORTFOLIO_FROM);
        filters(jpql, scope, f);
        jpql.append(
                switch (f.sort() == null ? "RISK" : f.sort()) {
                    case "NAME" -> " order by o.name, o.id";
                    case "SWITCHING_COST" -> " order by s.switchingCost.overall desc, o.name, o.id";
                    case "VALUE" -> " order by s.valueFigures.valueAmount desc, o.name, o.id";
                    case "CLV" -> " order by s.valueFigures.clv desc, o.name, o.id";
                    default -> " order by s.churnRisk desc, s.switchingCost.overall desc, o.name, o.id";
                });
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class).setParameter("lowest", lowestTier);
        bind(q, scope, f, lowestTier);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> new PortfolioRow((RelationshipSnapshot) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    public long countPortfolio(TenantScope scope, PortfolioQuery f, String lowestTier) {
        StringBuilder jpql = new StringBuilder("select count(s)").append(PORTFOLIO_FROM);
        filters(jpql, scope, f);
        TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class);
        bind(q, scope, f, lowestTier);
        return q.getSingleResult();
    }

    /** Clients per value segment and tier (the portfolio matrix); a client without a tier row has the lowest tier. */
    public List<Object[]> matrix(TenantScope scope, String lowestTier) {
        StringBuilder jpql =
                new StringBuilder("select s.valueFigures.segment, t.tierCode, count(s)").append(PORTFOLIO_FROM);
        ScopedJpql.scoped(jpql, scope, "s.organisationId");
        jpql.append(" group by s.valueFigures.segment, t.tierCode");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
        ScopedJpql.bind(q, scope);
        java.util.Map<String, Object[]> merged = new java.util.LinkedHashMap<>();
        for (Object[] r : q.getResultList()) {
            String tier = r[1] == null ? lowestTier : (String) r[1];
            merged.merge(r[0] + "|" + tier, new Object[] {r[0], tier, ((Number) r[2]).longValue()}, (a, b) ->
                    new Object[] {a[0], a[1], (Long) a[2] + (Long) b[2]});
        }
        return List.copyOf(merged.values());
    }

    @Override
    public List<LevelCount> levels(TenantScope scope) {
        StringBuilder jpql = new StringBuilder(
                "select s.valueFigures.segment, s.relationshipLevel, count(s) from RelationshipSnapshot s"
                        + " where s.latest = true and s.relationshipLevel is not null");
        ScopedJpql.scoped(jpql, scope, "s.organisationId");
        jpql.append(" group by s.valueFigures.segment, s.relationshipLevel");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
        ScopedJpql.bind(q, scope);
        return q.getResultList().stream()
                .map(r -> new LevelCount((ValueSegment) r[0], (RelationshipLevel) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    private static void filters(StringBuilder jpql, TenantScope scope, PortfolioQuery f) {
        ScopedJpql.scoped(jpql, scope, "s.organisationId");
        if (f.segment() != null) {
            jpql.append(" and s.valueFigures.segment = :segment");
        }
        if (f.tier() != null) {
            jpql.append(" and coalesce(t.tierCode, :lowestTier) = :tier");
        }
        if (f.stage() != null) {
            jpql.append(" and s.stage = :stage");
        }
        if (f.riskLevel() != null) {
            jpql.append(" and s.riskLevel = :risk");
        }
    }

    private static void bind(TypedQuery<?> q, TenantScope scope, PortfolioQuery f, String lowestTier) {
        ScopedJpql.bind(q, scope);
        if (f.segment() != null) {
            q.setParameter("segment", f.segment());
        }
        if (f.tier() != null) {
            q.setParameter("tier", f.tier()).setParameter("lowestTier", lowestTier);
        }
        if (f.stage() != null) {
            q.setParameter("stage", f.stage());
        }
        if (f.riskLevel() != null) {
            q.setParameter("risk", Lifecycle.RiskLevel.valueOf(f.riskLevel()));
        }
    }
}
