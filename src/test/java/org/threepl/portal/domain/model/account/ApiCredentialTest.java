package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.domain.model.account.AccountFixtures.NOW;
import static org.threepl.portal.domain.model.account.AccountFixtures.organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.Actor;

@DisplayName("ApiCredential")
class ApiCredentialTest {

    private static final Actor CARL = Actor.user(11, "carl");

    private final Organisation acme = organisation("ACME");
    private final ApiKey key = ApiKey.generate();
    private final ApiCredential credential =
            ApiCredential.forOrganisation(acme, "  ACME ERP ", key, EnumSet.of(ApiScope.READ), CARL, NOW);

    @Nested
    @DisplayName("authentication")
    class Authentication {

        @Test
        void authenticatesItsOwnKey() {
            assertTrue(credential.authenticates(key));
            assertTrue(credential.authenticates(ApiKey.parse(key.value()).orElseThrow()));
        }

        @Test
        void doesNotAuthenticateAnotherKeyWithTheSamePrefix() {
            ApiKey samePrefix =
                    ApiKey.parse("tpl_" + key.prefix() + "_" + "Z".repeat(40)).orElseThrow();
            assertEquals(key.prefix(), samePrefix.prefix());
            assertFalse(credential.authenticates(samePrefix));
        }

        @Test
        void doesNotAuthenticateAnUnrelatedKey() {
            assertFalse(credential.authenticates(ApiKey.generate()));
        }

        @Test
        void doesNotAuthenticateAfterRevocation() {
            credential.revoke(NOW.plusSeconds(60));
            assertTrue(credential.isRevoked());
            assertFalse(credential.authenticates(key));
        }
    }

    @Nested
    @DisplayName("revocation")
    class Revocation {

        @Test
        void aNewCredentialIsNotRevoked() {
            assertFalse(credential.isRevoked());
            assertNull(credential.revokedAt());
        }

        @Test
        void revokingAgainKeepsTheFirstTime() {
            Instant first = NOW.plusSeconds(60);
            credential.revoke(first);
            credential.revoke(first.plusSeconds(3600));
            assertTrue(credential.isRevoked());
            assertEquals(first, credential.revokedAt());
        }
    }

    @Nested
    @DisplayName("scopes")
    class Scopes {

        @Test
        void allowsOnlyItsScopes() {
            assertTrue(credential.allows(ApiScope.READ));
            assertFalse(credential.allows(ApiScope.WRITE));
            assertEquals(EnumSet.of(ApiScope.READ), credential.scopes());
        }

        @Test
        void aReadWriteCredentialAllowsBoth() {
            ApiCredential rw = ApiCredential.forOrganisation(
                    acme, "rw", ApiKey.generate(), EnumSet.of(ApiScope.READ, ApiScope.WRITE), CARL, NOW);
            assertTrue(rw.allows(ApiScope.READ));
            assertTrue(rw.allows(ApiScope.WRITE));
        }

        @Test
        void scopesAreCopiedInAndOut() {
            Set<ApiScope> given = EnumSet.of(ApiScope.READ);
            ApiCredential c = ApiCredential.forOrganisation(acme, "copy", ApiKey.generate(), given, CARL, NOW);
            given.add(ApiScope.WRITE);
            c.scopes().add(ApiScope.WRITE);
            assertFalse(c.allows(ApiScope.WRITE));
            assertEquals(EnumSet.of(ApiScope.READ), c.scopes());
        }

        @Test
        void atLeastOneScopeIsRequired() {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> ApiCredential.forOrganisation(
                            acme, "none", ApiKey.generate(), EnumSet.noneOf(ApiScope.class), CARL, NOW));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> ApiCredential.forProviderIntegration(
                            "none", ApiKey.generate(), null, Actor.user(12, "olivia"), NOW));
        }
    }

    @Nested
    @DisplayName("creation")
    class Creation {

        @Test
        void keepsItsDetailsAndOnlyThePrefixOfTheKey() {
            assertSame(acme, credential.organisation());
            assertFalse(credential.isProviderIntegration());
            assertEquals("ACME ERP", credential.name());
            assertEquals(key.prefix(), credential.keyPrefix());
            assertEquals(CARL, credential.createdBy());
            assertEquals(NOW, credential.createdAt());
            assertNull(credential.lastUsedAt());
        }

        @Test
        void aProviderIntegrationHasNoOrganisation() {
            ApiCredential wms = ApiCredential.forProviderIntegration(
                    "3PL WMS",
                    ApiKey.generate(),
                    EnumSet.of(ApiScope.READ, ApiScope.WRITE),
                    Actor.user(12, "olivia"),
                    NOW);
            assertNull(wms.organisation());
            assertTrue(wms.isProviderIntegration());
        }

        @Test
        void aClientCredentialNeedsAnOrganisation() {
            assertThrows(
                    NullPointerException.class,
                    () -> ApiCredential.forOrganisation(
                            null, "x", ApiKey.generate(), EnumSet.of(ApiScope.READ), CARL, NOW));
        }

        @ParameterizedTest(name = "[{index}] name \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void requiresAName(String name) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> ApiCredential.forOrganisation(
                            acme, name, ApiKey.generate(), EnumSet.of(ApiScope.READ), CARL, NOW));
        }

        @Test
        void acceptsAHundredCharacterNameButNotMore() {
            String hundred = "n".repeat(100);
            assertEquals(
                    hundred,
                    ApiCredential.forOrganisation(
                                    acme, " " + hundred + " ", ApiKey.generate(), EnumSet.of(ApiScope.READ), CARL, NOW)
                            .name());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> ApiCredential.forOrganisation(
                            acme, hundred + "n", ApiKey.generate(), EnumSet.of(ApiScope.READ), CARL, NOW));
        }
    }
}
