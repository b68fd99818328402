package org.threepl.portal.application;

import java.util.Collection;
import java.util.Set;

/**
 * The organisations whose data a caller may see: one (client users and client API keys), the assigned ones (account
 * managers) or all (ops admins and 3PL integrations). Every query over tenant data takes one of these; there is no
 * unscoped query for interfaces to call.
 */
public sealed interface TenantScope {

    boolean includes(Long organisationId);

    /** True when the scope has no limit: queries need no organisation filter. */
    boolean isUnrestricted();

    /** The organisations in scope; only meaningful when {@link #isUnrestricted()} is false. */
    Set<Long> organisationIds();

    static TenantScope all() {
        return All.INSTANCE;
    }

    static TenantScope of(Collection<Long> organisationIds) {
        return new Some(Set.copyOf(organisationIds));
    }

    final class All implements TenantScope {
        private static final All INSTANCE = new All();

        private All() {}

        @Override
        public boolean includes(Long organisationId) {
            return organisationId != null;
        }

        @Override
        public boolean isUnrestricted() {
            return true;
        }

        @Override
        public Set<Long> organisationIds() {
            throw new IllegalStateException("An unrestricted scope does not list organisations");
        }

        @Override
        public String toString() {
            return "TenantScope[all]";
        }
    }

    record Some(Set<Long> organisationIds) implements TenantScope {
        @Override
        public boolean includes(Long organisationId) {
            return organisationId != null && organisationIds.contains(organisationId);
        }

        @Override
        public boolean isUnrestricted() {
            return false;
        }
    }
}
