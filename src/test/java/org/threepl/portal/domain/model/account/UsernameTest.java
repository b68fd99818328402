package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

@DisplayName("Username")
class UsernameTest {

    private static final String SIXTY_FOUR = "a" + "b".repeat(63);

    static Stream<String> valid() {
        return Stream.of("bob", "alice.smith", "a_b-c@d", "0xdeadbeef", "ops@3pl.example", SIXTY_FOUR);
    }

    static Stream<String> invalid() {
        return Stream.of(
                "",
                "ab",
                SIXTY_FOUR + "c",
                ".alice",
                "_bob",
                "-bob",
                "@bob",
                "Alice",
                "al ice",
                "alice!",
                "alice/smith",
                "bøb");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is valid")
    @MethodSource("valid")
    void acceptsThreeTo64LowerCaseCharacters(String name) {
        assertEquals(name, new Username(name).value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
    @MethodSource("invalid")
    void refusesAnythingElse(String name) {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new Username(name));
        assertEquals(
                "A username is 3 to 64 lower-case letters, digits, dots, hyphens, underscores or @: " + name,
                e.getMessage());
        assertEquals("username", e.field());
    }

    @Test
    void isRequired() {
        assertThrows(DomainRuleViolation.class, () -> new Username(null));
        assertThrows(DomainRuleViolation.class, () -> Username.of(null));
    }

    @Test
    void ofTrimsAndLowerCases() {
        assertEquals(new Username("alice.smith@example.com"), Username.of("  Alice.Smith@Example.COM "));
    }

    @Test
    void ofStillValidatesAfterNormalising() {
        assertThrows(DomainRuleViolation.class, () -> Username.of("  AB  "));
        assertThrows(DomainRuleViolation.class, () -> Username.of("Alice Smith"));
    }

    @Test
    @DisplayName("of() lower-cases independently of the default locale (no Turkish dotless ı)")
    void ofIsLocaleIndependent() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("istanbul", Username.of("ISTANBUL").value());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void toStringIsTheValue() {
        assertEquals("bob", Username.of("BOB").toString());
    }
}
