package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** A client user's username lives in its organisation's namespace, so "taken" never speaks of another organisation. */
class UsernameNamespaceTest {

    private static final OrganisationCode ACME = OrganisationCode.of("ACME");

    @Test
    void aNameWithoutThePrefixGetsIt() {
        assertEquals("acme.jane", Username.withinOrganisation(ACME, " Jane ").value());
    }

    @Test
    void aNameWithThePrefixKeepsIt() {
        assertEquals("acme.jane", Username.withinOrganisation(ACME, "ACME.jane").value());
    }

    @Test
    void anotherOrganisationsNameBecomesOneOfOurs() {
        assertEquals(
                "acme.nordwind.admin",
                Username.withinOrganisation(ACME, "nordwind.admin").value());
    }

    @Test
    void blankOrMalformedNamesAreRefused() {
        assertThrows(DomainRuleViolation.class, () -> Username.withinOrganisation(ACME, " "));
        assertThrows(DomainRuleViolation.class, () -> Username.withinOrganisation(ACME, "jane doe"));
    }

    @Test
    void theOrganisationAUsernamesNamespaceWouldBelongTo() {
        assertEquals(Optional.of(ACME), Username.organisationPrefix(Username.of("acme.jane")));
        assertEquals(Optional.of(OrganisationCode.of("AM")), Username.organisationPrefix(Username.of("am.lee")));
        assertEquals(Optional.empty(), Username.organisationPrefix(Username.of("opsadmin")));
        assertEquals(Optional.empty(), Username.organisationPrefix(Username.of("1x.y")));
    }
}
