package org.threepl.portal.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.threepl.portal.domain.model.account.Role.ACCOUNT_MANAGER;
import static org.threepl.portal.domain.model.account.Role.CLIENT_ADMIN;
import static org.threepl.portal.domain.model.account.Role.CLIENT_USER;
import static org.threepl.portal.domain.model.account.Role.OPS_ADMIN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;

/** The access rules as tables: one row per kind of caller and organisation. */
@DisplayName("AccessPolicy")
class AccessPolicyTest {

    private static final Long ACME = 10L;
    private static final Long GLOBEX = 20L;
    private static final Long INITECH = 30L;

    private static final Set<ApiScope> READ = EnumSet.of(ApiScope.READ);
    private static final Set<ApiScope> READ_WRITE = EnumSet.of(ApiScope.READ, ApiScope.WRITE);
    private static final Set<ApiScope> WRITE_ONLY = EnumSet.of(ApiScope.WRITE);

    private static TenantScope scope(Long... ids) {
        return TenantScope.of(List.of(ids));
    }

    // Users
    static final Caller OPS_ADMIN_USER = Caller.user(1L, "olivia", OPS_ADMIN, null, TenantScope.all());
    static final Caller OPS_ADMIN_LIMITED = Caller.user(1L, "olivia", OPS_ADMIN, null, scope(ACME));
    static final Caller ACME_ADMIN = Caller.user(2L, "carl", CLIENT_ADMIN, ACME, scope(ACME));
    static final Caller ACME_ADMIN_WIDE_SCOPE = Caller.user(2L, "carl", CLIENT_ADMIN, ACME, scope(ACME, GLOBEX));
    static final Caller ACME_USER = Caller.user(3L, "cora", CLIENT_USER, ACME, scope(ACME));
    static final Caller MANAGER = Caller.user(4L, "mary", ACCOUNT_MANAGER, null, scope(ACME, GLOBEX));
    // API credentials
    static final Caller ACME_RW_KEY = Caller.apiCredential(5L, "acme-erp", ACME, READ_WRITE, scope(ACME));
    static final Caller ACME_W_KEY = Caller.apiCredential(6L, "acme-tms", ACME, WRITE_ONLY, scope(ACME));
    static final Caller ACME_READ_KEY = Caller.apiCredential(7L, "acme-bi", ACME, READ, scope(ACME));
    static final Caller PROVIDER_RW_KEY = Caller.apiCredential(8L, "3pl-wms", null, READ_WRITE, TenantScope.all());
    static final Caller PROVIDER_LIMITED_RW_KEY = Caller.apiCredential(9L, "3pl-edi", null, READ_WRITE, scope(GLOBEX));
    static final Caller PROVIDER_READ_KEY = Caller.apiCredential(10L, "3pl-bi", null, READ, TenantScope.all());

    static Stream<Arguments> administerOrganisation() {
        return Stream.of(
                argumentSet("ops admin, a client", OPS_ADMIN_USER, ACME, true),
                argumentSet("ops admin, another client", OPS_ADMIN_USER, INITECH, true),
                argumentSet("ops admin, no organisation", OPS_ADMIN_USER, null, false),
                argumentSet("ops admin, outside a (limited) scope", OPS_ADMIN_LIMITED, GLOBEX, false),
                argumentSet("ops admin, inside a (limited) scope", OPS_ADMIN_LIMITED, ACME, true),
                argumentSet("client admin, own organisation", ACME_ADMIN, ACME, true),
                argumentSet("client admin, another organisation", ACME_ADMIN, GLOBEX, false),
                argumentSet("client admin, another organisation even in scope", ACME_ADMIN_WIDE_SCOPE, GLOBEX, false),
                argumentSet("client admin, no organisation", ACME_ADMIN, null, false),
                argumentSet("client user, own organisation", ACME_USER, ACME, false),
                argumentSet("client user, another organisation", ACME_USER, GLOBEX, false),
                argumentSet("account manager, assigned organisation", MANAGER, ACME, false),
                argumentSet("account manager, other assigned organisation", MANAGER, GLOBEX, false),
                argumentSet("account manager, unassigned organisation", MANAGER, INITECH, false),
                argumentSet("client read-write key, own organisation", ACME_RW_KEY, ACME, true),
                argumentSet("client write-only key, own organisation", ACME_W_KEY, ACME, true),
                argumentSet("client read-write key, another organisation", ACME_RW_KEY, GLOBEX, false),
                argumentSet("client read key, own organisation", ACME_READ_KEY, ACME, false),
                argumentSet("provider read-write key, a client", PROVIDER_RW_KEY, ACME, true),
                argumentSet("provider read-write key, another client", PROVIDER_RW_KEY, INITECH, true),
                argumentSet("provider read-write key, no organisation", PROVIDER_RW_KEY, null, false),
                argumentSet("limited provider key, inside its scope", PROVIDER_LIMITED_RW_KEY, GLOBEX, true),
                argumentSet("limited provider key, outside its scope", PROVIDER_LIMITED_RW_KEY, ACME, false),
                argumentSet("provider read key, a client", PROVIDER_READ_KEY, ACME, false));
    }

    @ParameterizedTest
    @MethodSource("administerOrganisation")
    void mayAdministerOrganisation(Caller caller, Long organisationId, boolean expected) {
        assertEquals(expected, AccessPolicy.mayAdministerOrganisation(caller, organisationId));
    }

    static Stream<Arguments> operatePortal() {
        return Stream.of(
                argumentSet("ops admin", OPS_ADMIN_USER, true),
                argumentSet("client admin", ACME_ADMIN, false),
                argumentSet("client user", ACME_USER, false),
                argumentSet("account manager", MANAGER, false),
                argumentSet("provider read-write key", PROVIDER_RW_KEY, true),
                argumentSet("limited provider read-write key", PROVIDER_LIMITED_RW_KEY, true),
                argumentSet("provider read key", PROVIDER_READ_KEY, false),
                argumentSet("client read-write key", ACME_RW_KEY, false),
                argumentSet("client write-only key", ACME_W_KEY, false),
                argumentSet("client read key", ACME_READ_KEY, false));
    }

    @ParameterizedTest
    @MethodSource("operatePortal")
    void mayOperatePortal(Caller caller, boolean expected) {
        assertEquals(expected, AccessPolicy.mayOperatePortal(caller));
    }

    /** One row of the grant table: what {@code caller} may give; every other role is refused. */
    private record Grants(String name, Caller caller, Set<Role> roles) {}

    private static final List<Grants> GRANTS = List.of(
            new Grants("ops admin", OPS_ADMIN_USER, EnumSet.allOf(Role.class)),
            new Grants("client admin", ACME_ADMIN, EnumSet.of(CLIENT_ADMIN, CLIENT_USER)),
            new Grants("client user", ACME_USER, EnumSet.noneOf(Role.class)),
            new Grants("account manager", MANAGER, EnumSet.noneOf(Role.class)),
            // keys act for systems: they give no role at all (issue 11: a leaked key must not become a person)
            new Grants("client read-write key", ACME_RW_KEY, EnumSet.noneOf(Role.class)),
            new Grants("provider read-write key", PROVIDER_RW_KEY, EnumSet.noneOf(Role.class)));

    static Stream<Arguments> grant() {
        return GRANTS.stream()
                .flatMap(row -> Stream.of(Role.values())
                        .map(role -> argumentSet(
                                row.name() + " gives " + role,
                                row.caller(),
                                role,
                                row.roles().contains(role))));
    }

    @ParameterizedTest
    @MethodSource("grant")
    void mayGrant(Caller caller, Role role, boolean expected) {
        assertEquals(expected, AccessPolicy.mayGrant(caller, role));
    }

    @Test
    void requireThrowsAccessDeniedWithTheMessageOnlyWhenNotAllowed() {
        assertDoesNotThrow(() -> AccessPolicy.require(true, "unused"));
        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> AccessPolicy.require(false, "Only ops admins"));
        assertEquals("Only ops admins", e.getMessage());
    }
}
