package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

@DisplayName("OrganisationCode")
class OrganisationCodeTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is valid")
    @ValueSource(strings = {"AB", "ACME", "ACME-EU", "A1", "X2-9", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
    void acceptsTwoTo32CapitalsDigitsOrHyphensStartingWithALetter(String code) {
        assertEquals(code, new OrganisationCode(code).value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
    @ValueSource(
            strings = {
                "",
                "A",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456",
                "1ACME",
                "-ACME",
                "acme",
                "Acme",
                "AC ME",
                "ACME_EU",
                "ACME.EU",
                "ÄCME",
                " ACME"
            })
    void refusesAnythingElse(String code) {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new OrganisationCode(code));
        assertEquals("code", e.field());
        assertEquals("rule.organisation.code.format", e.problems().get(0).key());
        assertEquals(
                "An organisation code is 2 to 32 capital letters, digits or hyphens, starting with a letter: " + code,
                e.getMessage());
    }

    @Test
    void isRequired() {
        assertEquals(
                "rule.organisation.code.required",
                assertThrows(DomainRuleViolation.class, () -> new OrganisationCode(null))
                        .problems()
                        .get(0)
                        .key());
        assertThrows(DomainRuleViolation.class, () -> OrganisationCode.of(null));
        assertEquals(java.util.Optional.empty(), OrganisationCode.parse(null));
    }

    @Test
    void isParsedAsTypedWhenItIsOne() {
        assertEquals(java.util.Optional.of(new OrganisationCode("ACME-EU")), OrganisationCode.parse(" acme-eu "));
    }

    @Test
    void ofTrimsAndUpperCases() {
        assertEquals(new OrganisationCode("ACME-EU"), OrganisationCode.of("  acme-eu "));
        assertEquals("GLOBEX", OrganisationCode.of("Globex").value());
    }

    @Test
    void ofStillValidatesAfterNormalising() {
        assertThrows(DomainRuleViolation.class, () -> OrganisationCode.of(" a "));
        assertThrows(DomainRuleViolation.class, () -> OrganisationCode.of("acme eu"));
        assertEquals(java.util.Optional.empty(), OrganisationCode.parse(" a "));
        assertEquals(java.util.Optional.empty(), OrganisationCode.parse("acme eu"));
        assertEquals(java.util.Optional.empty(), OrganisationCode.parse("ACME_EU"));
    }

    @Test
    @DisplayName("of() upper-cases independently of the default locale (no Turkish dotted İ)")
    void ofIsLocaleIndependent() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("ISTANBUL", OrganisationCode.of("istanbul").value());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void toStringIsTheValue() {
        assertEquals("ACME", OrganisationCode.of("acme").toString());
    }
}
