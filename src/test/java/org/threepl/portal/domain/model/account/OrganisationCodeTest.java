package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OrganisationCode(code));
        assertEquals(
                "An organisation code is 2 to 32 capital letters, digits or hyphens, starting with a letter: " + code,
                e.getMessage());
    }

    @Test
    void isRequired() {
        assertThrows(NullPointerException.class, () -> new OrganisationCode(null));
        assertThrows(NullPointerException.class, () -> OrganisationCode.of(null));
    }

    @Test
    void ofTrimsAndUpperCases() {
        assertEquals(new OrganisationCode("ACME-EU"), OrganisationCode.of("  acme-eu "));
        assertEquals("GLOBEX", OrganisationCode.of("Globex").value());
    }

    @Test
    void ofStillValidatesAfterNormalising() {
        assertThrows(IllegalArgumentException.class, () -> OrganisationCode.of(" a "));
        assertThrows(IllegalArgumentException.class, () -> OrganisationCode.of("acme eu"));
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
