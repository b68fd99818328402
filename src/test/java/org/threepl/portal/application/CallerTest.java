package org.threepl.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;

@DisplayName("Caller")
class CallerTest {

    @Test
    void aUserMayReadAndWriteAndHasItsRole() {
        Caller carl = Caller.user(2L, "carl", Role.CLIENT_ADMIN, 10L, TenantScope.of(List.of(10L)));
        assertTrue(carl.isUser());
        assertFalse(carl.isApiCredential());
        assertFalse(carl.isProvider());
        assertTrue(carl.hasRole(Role.CLIENT_ADMIN));
        assertFalse(carl.hasRole(Role.OPS_ADMIN));
        assertEquals(EnumSet.allOf(ApiScope.class), carl.scopes());
        assertNull(carl.credentialId());
    }

    @Test
    void aStaffUserIsAProviderCaller() {
        assertTrue(Caller.user(1L, "olivia", Role.OPS_ADMIN, null, TenantScope.all())
                .isProvider());
    }

    @Test
    void anApiCredentialHasScopesButNoRole() {
        Caller key = Caller.apiCredential(5L, "acme-bi", 10L, Set.of(ApiScope.READ), TenantScope.of(List.of(10L)));
        assertTrue(key.isApiCredential());
        assertFalse(key.isUser());
        assertNull(key.role());
        assertTrue(key.may(ApiScope.READ));
        assertFalse(key.may(ApiScope.WRITE));
        assertFalse(key.isProvider());
    }

    @Test
    void scopesAreCopied() {
        Set<ApiScope> scopes = EnumSet.of(ApiScope.READ);
        Caller key = Caller.apiCredential(5L, "acme-bi", 10L, scopes, TenantScope.all());
        scopes.add(ApiScope.WRITE);
        assertFalse(key.may(ApiScope.WRITE));
    }

    @Test
    void aCredentialWithNoScopesMayNothing() {
        Caller key = Caller.apiCredential(5L, "none", null, Set.of(), TenantScope.all());
        assertFalse(key.may(ApiScope.READ));
        assertFalse(key.may(ApiScope.WRITE));
    }

    @Test
    void requiresANameAndATenantScope() {
        assertThrows(NullPointerException.class, () -> Caller.user(1L, null, Role.OPS_ADMIN, null, TenantScope.all()));
        assertThrows(NullPointerException.class, () -> Caller.user(1L, "olivia", Role.OPS_ADMIN, null, null));
    }
}
