package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.domain.model.account.Role.ACCOUNT_MANAGER;
import static org.threepl.portal.domain.model.account.Role.CLIENT_ADMIN;
import static org.threepl.portal.domain.model.account.Role.CLIENT_USER;
import static org.threepl.portal.domain.model.account.Role.OPS_ADMIN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Role")
class RoleTest {

    /** Who may give which roles; every role must have a row, so a new role forces a decision here. */
    private static final Map<Role, Set<Role>> ASSIGNABLE = new EnumMap<>(Map.of(
            CLIENT_ADMIN, EnumSet.of(CLIENT_ADMIN, CLIENT_USER),
            CLIENT_USER, EnumSet.noneOf(Role.class),
            ACCOUNT_MANAGER, EnumSet.noneOf(Role.class),
            OPS_ADMIN, EnumSet.of(CLIENT_ADMIN, CLIENT_USER, ACCOUNT_MANAGER, OPS_ADMIN)));

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void assignableRolesFollowTheTable(Role role) {
        Set<Role> expected = ASSIGNABLE.get(role);
        assertNotNull(expected, "no expectation for " + role);
        assertEquals(expected, role.assignableRoles());
    }

    @ParameterizedTest(name = "{0} is a client role")
    @EnumSource(
            value = Role.class,
            names = {"CLIENT_ADMIN", "CLIENT_USER"})
    void clientRoles(Role role) {
        assertTrue(role.isClientRole());
        assertFalse(role.isStaffRole());
    }

    @ParameterizedTest(name = "{0} is a staff role")
    @EnumSource(
            value = Role.class,
            names = {"ACCOUNT_MANAGER", "OPS_ADMIN"})
    void staffRoles(Role role) {
        assertFalse(role.isClientRole());
        assertTrue(role.isStaffRole());
    }

    @Test
    void clientAndStaffRolesPartitionAllRoles() {
        assertEquals(EnumSet.of(CLIENT_ADMIN, CLIENT_USER), Role.clientRoles());
        assertEquals(EnumSet.of(ACCOUNT_MANAGER, OPS_ADMIN), Role.staffRoles());
        Set<Role> union = EnumSet.copyOf(Role.clientRoles());
        union.addAll(Role.staffRoles());
        assertEquals(EnumSet.allOf(Role.class), union);
    }

    @Test
    void assignableRolesIsACopyTheCallerCannotCorrupt() {
        CLIENT_ADMIN.assignableRoles().add(OPS_ADMIN);
        assertFalse(CLIENT_ADMIN.assignableRoles().contains(OPS_ADMIN));
    }
}
