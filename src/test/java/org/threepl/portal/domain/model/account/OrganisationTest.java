package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.domain.model.account.AccountFixtures.NOW;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

@DisplayName("Organisation")
class OrganisationTest {

    private static final String LONGEST_NAME = "n".repeat(200);

    private final Organisation acme = new Organisation(OrganisationCode.of("ACME"), "  Acme Ltd  ", NOW);

    @Test
    void aNewOrganisationIsActiveWithAStrippedNameAndNoIdYet() {
        assertEquals(OrganisationCode.of("ACME"), acme.code());
        assertEquals("Acme Ltd", acme.name());
        assertEquals(OrganisationStatus.ACTIVE, acme.status());
        assertTrue(acme.isActive());
        assertEquals(NOW, acme.createdAt());
        assertNull(acme.id());
    }

    @Test
    void constructionRequiresCodeNameAndTime() {
        assertThrows(NullPointerException.class, () -> new Organisation(null, "Acme", NOW));
        assertThrows(NullPointerException.class, () -> new Organisation(OrganisationCode.of("ACME"), "Acme", null));
        assertThrows(DomainRuleViolation.class, () -> new Organisation(OrganisationCode.of("ACME"), " ", NOW));
    }

    @Test
    void renameStripsTheNewName() {
        acme.rename("  Acme Logistics plc ");
        assertEquals("Acme Logistics plc", acme.name());
    }

    @Test
    void renameAcceptsTwoHundredCharactersAfterStripping() {
        acme.rename(" " + LONGEST_NAME + " ");
        assertEquals(LONGEST_NAME, acme.name());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void renameRequiresAName(String name) {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> acme.rename(name));
        assertEquals("An organisation name is required", e.getMessage());
        assertEquals("Acme Ltd", acme.name(), "a refused rename leaves the name unchanged");
    }

    @Test
    void renameRefusesMoreThanTwoHundredCharacters() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> acme.rename(LONGEST_NAME + "x"));
        assertEquals("An organisation name has at most 200 characters", e.getMessage());
        assertEquals("Acme Ltd", acme.name());
    }

    @Test
    void suspendAndReactivate() {
        acme.suspend();
        assertEquals(OrganisationStatus.SUSPENDED, acme.status());
        assertFalse(acme.isActive());

        acme.suspend();
        assertEquals(OrganisationStatus.SUSPENDED, acme.status(), "suspending twice is harmless");

        acme.reactivate();
        assertEquals(OrganisationStatus.ACTIVE, acme.status());
        assertTrue(acme.isActive());
    }
}
