package org.threepl.portal.application;

import java.util.List;
import java.util.Optional;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;

/**
 * The organisations (the tenants), read within a {@link TenantScope}: a port of the application, implemented in
 * infrastructure by {@code JpaOrganisationRepository}.
 */
public interface OrganisationRepository {
    Optional<Organisation> find(TenantScope scope, Long id);

    /** The names of these organisations by id: one query for a page of rows that name their organisations. */
    java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids);

    Optional<Organisation> findByCode(OrganisationCode code);

    /** Organisations in scope, ordered by name, one page ({@code offset}, {@code limit}). */
    List<Organisation> list(TenantScope scope, int offset, int limit);

    /** Organisations in scope after the given id (keyset paging for the API), ordered by id. */
    List<Organisation> listAfter(TenantScope scope, long afterId, int limit);

    long count(TenantScope scope);

    void add(Organisation organisation);

    /** Writes pending changes now, so that the returned view carries the new version. */
    void flush();
}
