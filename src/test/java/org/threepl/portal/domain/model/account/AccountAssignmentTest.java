package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.threepl.portal.domain.model.account.AccountFixtures.NOW;
import static org.threepl.portal.domain.model.account.AccountFixtures.clientUser;
import static org.threepl.portal.domain.model.account.AccountFixtures.organisation;
import static org.threepl.portal.domain.model.account.AccountFixtures.staffMember;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AccountAssignment")
class AccountAssignmentTest {

    private final Organisation acme = organisation("ACME");

    @Test
    void assignsAnAccountManagerToAnOrganisation() {
        UserAccount manager = staffMember("mary", Role.ACCOUNT_MANAGER);
        AccountAssignment assignment = new AccountAssignment(manager, acme, NOW);
        assertSame(manager, assignment.manager());
        assertSame(acme, assignment.organisation());
        assertEquals(NOW, assignment.assignedAt());
    }

    @Test
    void refusesAnOpsAdmin() {
        UserAccount ops = staffMember("olivia", Role.OPS_ADMIN);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new AccountAssignment(ops, acme, NOW));
        assertEquals("olivia is not an account manager", e.getMessage());
    }

    @Test
    void refusesClientUsers() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new AccountAssignment(clientUser(acme, "carl", Role.CLIENT_ADMIN), acme, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AccountAssignment(clientUser(acme, "cora", Role.CLIENT_USER), acme, NOW));
    }

    @Test
    void requiresManagerOrganisationAndTime() {
        UserAccount manager = staffMember("mary", Role.ACCOUNT_MANAGER);
        assertThrows(NullPointerException.class, () -> new AccountAssignment(null, acme, NOW));
        assertThrows(NullPointerException.class, () -> new AccountAssignment(manager, null, NOW));
        assertThrows(NullPointerException.class, () -> new AccountAssignment(manager, acme, null));
    }
}
