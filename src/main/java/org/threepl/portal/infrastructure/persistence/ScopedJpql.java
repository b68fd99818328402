package org.threepl.portal.infrastructure.persistence;

import jakarta.persistence.TypedQuery;
import java.util.List;
import org.threepl.portal.application.TenantScope;

/** A JPQL query limited to the caller's scope: the condition on an organisation column, and its parameter. */
final class ScopedJpql {

    private ScopedJpql() {}

    static void scoped(StringBuilder jpql, TenantScope scope, String column) {
        if (!scope.isUnrestricted()) {
            jpql.append(" and ").append(column).append(" in :scopeIds");
        }
    }

    static void bind(TypedQuery<?> q, TenantScope scope) {
        if (!scope.isUnrestricted()) {
            q.setParameter("scopeIds", scope.organisationIds().isEmpty() ? List.of(-1L) : scope.organisationIds());
        }
    }
}
