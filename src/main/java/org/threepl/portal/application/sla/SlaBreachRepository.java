package org.threepl.portal.application.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.sla.SlaBreach;

/**
 * Breach entries; reads are scoped to the caller's organisations.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaSlaBreachRepository}.
 */
public interface SlaBreachRepository {
    List<SlaBreach> ofOrganisation(TenantScope scope, Long organisationId);

    Optional<SlaBreach> find(TenantScope scope, Long id);

    boolean exists(Long termId, LocalDate periodStart);

    void add(SlaBreach breach);
}
