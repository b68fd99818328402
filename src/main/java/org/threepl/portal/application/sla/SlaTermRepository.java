package org.threepl.portal.application.sla;

import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.sla.SlaTerm;

/**
 * SLA terms, all versions; reads are scoped to the caller's organisations.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaSlaTermRepository}.
 */
public interface SlaTermRepository {
    List<SlaTerm> ofOrganisation(TenantScope scope, Long organisationId);

    Optional<SlaTerm> find(TenantScope scope, Long id);

    void add(SlaTerm term);
}
