package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.SlaEvidence;

@ApplicationScoped
public class JpaContractRepository implements ContractRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<ClientContract> find(TenantScope scope, Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ClientContract.class, id))
                .filter(c -> scope.includes(c.organisation().id()));
    }

    public List<ClientContract> ofOrganisation(TenantScope scope, Long organisationId) {
        if (!scope.includes(organisationId)) {
            return List.of();
        }
        return em.createQuery(
                        "select c from ClientContract c where c.organisation.id = :o"
                                + " order by c.term.start desc, c.id",
                        ClientContract.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    /**
     * Which reports count for the organisation's service levels on {@code day}: the rule of its contract in force then
     * (the latest started, if several overlap); every report when none is.
     */
    public SlaEvidence evidenceInForce(Long organisationId, LocalDate day) {
        return em.createQuery(
                        "select c.slaEvidence from ClientContract c where c.organisation.id = :o and c.term.start <= :d"
                                + " and (c.term.end is null or c.term.end >= :d) order by c.term.start desc, c.id desc",
                        SlaEvidence.class)
                .setParameter("o", organisationId)
                .setParameter("d", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(SlaEvidence.ALL_REPORTS);
    }

    public boolean numberTaken(String contractNumber) {
        return !em.createQuery("select c.id from ClientContract c where c.contractNumber = :n", Long.class)
                .setParameter("n", contractNumber)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void add(ClientContract contract) {
        em.persist(contract);
    }

    /** Writes pending changes now, so that the returned view carries the new version. */
    public void flush() {
        em.flush();
    }
}
