package org.threepl.portal.application;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.RateLimit;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * Who is making the current request and what follows from it: a signed-in user (with a role) or an API credential (with
 * scopes). Built per request from the database, so a change of role, assignment or revocation takes effect on the next
 * request on every server.
 *
 * @param userId the user, for a signed-in user; null for an API credential
 * @param credentialId the API credential, for an API caller; null for a user
 * @param name username, or the credential's name
 * @param role the user's role; null for an API credential
 * @param organisationId the caller's own organisation: a client user's or a client credential's; null for the 3PL
 * @param scopes what an API credential may do; users may read and write (their role limits them)
 * @param tenantScope the organisations whose data the caller may see
 * @param rateLimit an API credential's own rate limit; null: the configured default (and for users, who have none)
 */
public record Caller(
        Long userId,
        Long credentialId,
        String name,
        Role role,
        Long organisationId,
        Set<ApiScope> scopes,
        TenantScope tenantScope,
        RateLimit rateLimit) {

    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tenantScope, "tenantScope");
        scopes = scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }

    public static Caller user(Long userId, String username, Role role, Long organisationId, TenantScope scope) {
        return new Caller(userId, null, username, role, organisationId, EnumSet.allOf(ApiScope.class), scope, null);
    }

    public static Caller apiCredential(
            Long credentialId, String name, Long organisationId, Set<ApiScope> scopes, TenantScope scope) {
        return apiCredential(credentialId, name, organisationId, scopes, scope, null);
    }

    public static Caller apiCredential(
            Long credentialId,
            String name,
            Long organisationId,
            Set<ApiScope> scopes,
            TenantScope scope,
            RateLimit rateLimit) {
        return new Caller(null, credentialId, name, null, organisationId, scopes, scope, rateLimit);
    }

    public boolean isUser() {
        return userId != null;
    }

    public boolean isApiCredential() {
        return credentialId != null;
    }

    public boolean hasRole(Role r) {
        return role == r;
    }

    /** A 3PL caller: staff, or a 3PL integration credential. */
    public boolean isProvider() {
        return organisationId == null;
    }

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }

    /** The typed identity that records name as having acted: this user, or this API credential. */
    public Actor actor() {
        return isUser() ? Actor.user(userId, name) : Actor.credential(credentialId, name);
    }
}
