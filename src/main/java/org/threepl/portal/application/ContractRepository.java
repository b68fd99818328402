package org.threepl.portal.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.SlaEvidence;

/** A port of the application, implemented in infrastructure by {@code JpaContractRepository}. */
public interface ContractRepository {
    Optional<ClientContract> find(TenantScope scope, Long id);

    List<ClientContract> ofOrganisation(TenantScope scope, Long organisationId);

    /**
     * Which reports count for the organisation's service levels on {@code day}: the rule of its contract in force then
     * (the latest started, if several overlap); every report when none is.
     */
    SlaEvidence evidenceInForce(Long organisationId, LocalDate day);

    boolean numberTaken(String contractNumber);

    void add(ClientContract contract);

    /** Writes pending changes now, so that the returned view carries the new version. */
    void flush();
}
