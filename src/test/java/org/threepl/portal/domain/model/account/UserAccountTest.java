package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.domain.model.account.AccountFixtures.NOW;
import static org.threepl.portal.domain.model.account.AccountFixtures.SOME_HASH;
import static org.threepl.portal.domain.model.account.AccountFixtures.organisation;
import static org.threepl.portal.domain.model.account.AccountFixtures.persisted;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

@DisplayName("UserAccount")
class UserAccountTest {

    private final Organisation acme = organisation("ACME");

    private UserAccount newClientUser(Organisation org, Role role) {
        return UserAccount.clientUser(
                org,
                Username.of("Alice"),
                "  Alice Smith ",
                EmailAddress.of("alice@acme.example"),
                role,
                SOME_HASH,
                NOW);
    }

    private UserAccount newStaffMember(Role role) {
        return UserAccount.staffMember(
                Username.of("olivia"), "Olivia Ops", EmailAddress.of("olivia@3pl.example"), role, SOME_HASH, NOW);
    }

    @Nested
    @DisplayName("creation")
    class Creation {

        @Test
        void aClientUserBelongsToItsOrganisationAndStartsEnabled() {
            UserAccount user = newClientUser(acme, Role.CLIENT_USER);
            assertSame(acme, user.organisation());
            assertEquals(Username.of("alice"), user.username());
            assertEquals("Alice Smith", user.displayName());
            assertEquals(EmailAddress.of("alice@acme.example"), user.email());
            assertEquals(Role.CLIENT_USER, user.role());
            assertEquals(SOME_HASH, user.passwordHash());
            assertTrue(user.isEnabled());
            assertFalse(user.passwordChangeRequired());
            assertEquals(NOW, user.createdAt());
            assertNull(user.lastLoginAt());
        }

        @ParameterizedTest(name = "clientUser refuses {0}")
        @EnumSource(
                value = Role.class,
                names = {"ACCOUNT_MANAGER", "OPS_ADMIN"})
        void aClientUserCannotHaveAStaffRole(Role staffRole) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> newClientUser(acme, staffRole));
            assertEquals(staffRole + " is not a client role", e.getMessage());
        }

        @Test
        void aClientUserNeedsAnOrganisation() {
            NullPointerException e =
                    assertThrows(NullPointerException.class, () -> newClientUser(null, Role.CLIENT_ADMIN));
            assertEquals("A client user belongs to an organisation", e.getMessage());
        }

        @Test
        void aStaffMemberHasNoOrganisation() {
            UserAccount ops = newStaffMember(Role.OPS_ADMIN);
            assertNull(ops.organisation());
            assertEquals(Role.OPS_ADMIN, ops.role());
            assertTrue(ops.isEnabled());
        }

        @ParameterizedTest(name = "staffMember refuses {0}")
        @EnumSource(
                value = Role.class,
                names = {"CLIENT_ADMIN", "CLIENT_USER"})
        void aStaffMemberCannotHaveAClientRole(Role clientRole) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> newStaffMember(clientRole));
            assertEquals(clientRole + " is not a staff role", e.getMessage());
        }

        @ParameterizedTest(name = "[{index}] display name \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void requiresADisplayName(String displayName) {
            assertThrows(
                    DomainRuleViolation.class,
                    () -> UserAccount.staffMember(
                            Username.of("olivia"),
                            displayName,
                            EmailAddress.of("olivia@3pl.example"),
                            Role.OPS_ADMIN,
                            SOME_HASH,
                            NOW));
        }

        @Test
        void refusesADisplayNameLongerThan200Characters() {
            assertThrows(
                    DomainRuleViolation.class,
                    () -> UserAccount.staffMember(
                            Username.of("olivia"),
                            "d".repeat(201),
                            EmailAddress.of("olivia@3pl.example"),
                            Role.OPS_ADMIN,
                            SOME_HASH,
                            NOW));
        }

        @ParameterizedTest(name = "[{index}] hash \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void requiresAPasswordHash(String hash) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> UserAccount.staffMember(
                            Username.of("olivia"),
                            "Olivia",
                            EmailAddress.of("olivia@3pl.example"),
                            Role.OPS_ADMIN,
                            hash,
                            NOW));
        }
    }

    @Nested
    @DisplayName("passwords")
    class Passwords {

        private final UserAccount user = newClientUser(acme, Role.CLIENT_ADMIN);

        @Test
        void aTemporaryPasswordMustBeChangedAtNextSignIn() {
            user.assignTemporaryPassword("temporary-hash");
            assertEquals("temporary-hash", user.passwordHash());
            assertTrue(user.passwordChangeRequired());
        }

        @Test
        void changingThePasswordClearsTheRequirement() {
            user.assignTemporaryPassword("temporary-hash");
            user.changePassword("chosen-hash");
            assertEquals("chosen-hash", user.passwordHash());
            assertFalse(user.passwordChangeRequired());
        }

        @Test
        void upgradingTheHashKeepsTheRequirement() {
            user.assignTemporaryPassword("temporary-hash");
            user.upgradePasswordHash("stronger-hash");
            assertEquals("stronger-hash", user.passwordHash());
            assertTrue(user.passwordChangeRequired());
        }

        @Test
        void aBlankHashIsRefusedAndChangesNothing() {
            assertThrows(IllegalArgumentException.class, () -> user.assignTemporaryPassword(" "));
            assertThrows(IllegalArgumentException.class, () -> user.changePassword(null));
            assertThrows(IllegalArgumentException.class, () -> user.upgradePasswordHash(""));
            assertEquals(SOME_HASH, user.passwordHash());
            assertFalse(user.passwordChangeRequired());
        }
    }

    @Nested
    @DisplayName("state")
    class State {

        private final UserAccount user = newClientUser(acme, Role.CLIENT_USER);

        @Test
        void disableAndEnable() {
            user.disable();
            assertFalse(user.isEnabled());
            user.enable();
            assertTrue(user.isEnabled());
        }

        @Test
        void recordLogin() {
            Instant at = NOW.plusSeconds(3600);
            user.recordLogin(at);
            assertEquals(at, user.lastLoginAt());
        }

        @Test
        void updateProfileStripsTheNameAndReplacesTheAddress() {
            user.updateProfile("  Alice Jones ", EmailAddress.of("alice.jones@acme.example"));
            assertEquals("Alice Jones", user.displayName());
            assertEquals(EmailAddress.of("alice.jones@acme.example"), user.email());
        }

        @Test
        void updateProfileRefusesABlankNameOrMissingAddress() {
            assertThrows(DomainRuleViolation.class, () -> user.updateProfile(" ", EmailAddress.of("a@b.co")));
            assertThrows(NullPointerException.class, () -> user.updateProfile("Alice", null));
        }
    }

    @Nested
    @DisplayName("belongsTo")
    class BelongsTo {

        @Test
        void aClientUserBelongsToItsOwnOrganisationOnly() {
            UserAccount user = newClientUser(persisted(organisation("ACME"), 42L), Role.CLIENT_USER);
            assertTrue(user.belongsTo(42L));
            assertFalse(user.belongsTo(43L));
            assertFalse(user.belongsTo(null));
        }

        @Test
        void aStaffMemberBelongsToNoOrganisation() {
            UserAccount ops = newStaffMember(Role.OPS_ADMIN);
            assertFalse(ops.belongsTo(42L));
            assertFalse(ops.belongsTo(null));
        }
    }

    @Nested
    @DisplayName("erasing a person")
    class Erasure {

        private UserAccount persistedUser(long id) {
            UserAccount u = newClientUser(acme, Role.CLIENT_USER);
            try {
                var field = UserAccount.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(u, id);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            return u;
        }

        @Test
        void leavesOnlyThePseudonymAndNothingThatNamesOrReachesThePerson() {
            UserAccount u = persistedUser(77);
            u.speak("zh-CN");
            u.enrolSecondFactor("JBSWY3DPEHPK3PXP", Totp.code("JBSWY3DPEHPK3PXP", Totp.stepAt(NOW)), NOW);
            u.disable();
            int epoch = u.sessionEpoch();
            u.erase("pbkdf2-sha256$600000$bm90aGluZw$dW51c2FibGU", NOW);

            assertEquals("erased-77", u.username().value());
            assertEquals("erased-77", u.displayName());
            assertEquals("erased-77@erased.invalid", u.email().value());
            assertEquals("pbkdf2-sha256$600000$bm90aGluZw$dW51c2FibGU", u.passwordHash());
            assertFalse(u.hasSecondFactor());
            assertEquals(0, u.unusedRecoveryCodes());
            assertTrue(u.language().isEmpty());
            assertFalse(u.wantsAlertsByEmail() || u.wantsAlertsInPortal());
            assertFalse(u.isEnabled());
            assertTrue(u.isErased());
            assertTrue(u.sessionEpoch() > epoch, "every session ends");
        }

        @Test
        void onlyADisabledAccountIsErasedOnceAndNeverEnabledAgain() {
            UserAccount u = persistedUser(78);
            var enabled = assertThrows(DomainRuleViolation.class, () -> u.erase(SOME_HASH, NOW));
            assertEquals("enabled", enabled.field());
            u.disable();
            u.erase(SOME_HASH, NOW);
            var twice = assertThrows(DomainRuleViolation.class, () -> u.erase(SOME_HASH, NOW));
            assertEquals("erased", twice.field());
            var again = assertThrows(DomainRuleViolation.class, u::enable);
            assertEquals("enabled", again.field());
            assertFalse(u.isEnabled());
        }
    }
}
