package org.threepl.portal.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabasePasswordPolicyTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"portal", "postgres", "Password", " changeme ", "portal_app"})
    void postgresqlRefusesNoOrAWellKnownPassword(String password) {
        var e = assertThrows(
                IllegalStateException.class, () -> DatabasePasswordPolicy.check("postgresql", "portal_app", password));
        assertTrue(e.getMessage().contains("DB_PASSWORD"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench-db-password-2026", "v9#Lq2!pW"})
    void postgresqlStartsWithAPasswordOfItsOwn(String password) {
        assertDoesNotThrow(() -> DatabasePasswordPolicy.check("postgresql", "portal_app", password));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"portal"})
    void theEmbeddedDemoDatabaseHasNoPasswordToGuard(String password) {
        assertDoesNotThrow(() -> DatabasePasswordPolicy.check("h2", "sa", password));
    }
}
