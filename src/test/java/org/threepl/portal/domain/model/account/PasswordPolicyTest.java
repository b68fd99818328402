package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PasswordPolicy")
class PasswordPolicyTest {

    private static final Optional<String> TOO_SHORT = Optional.of("A password has at least 10 characters");
    private static final Optional<String> TOO_LONG = Optional.of("A password has at most 128 characters");
    private static final Optional<String> IS_USERNAME = Optional.of("A password must not be the username");
    private static final Optional<String> TOO_FEW_DISTINCT =
            Optional.of("A password needs more than three different characters");

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"a", "abcdefghi", "Tr0ub4dor"})
    void refusesFewerThanTenCharacters(String password) {
        assertEquals(TOO_SHORT, PasswordPolicy.problemWith(password, "alice"));
    }

    @Test
    void acceptsExactlyTenCharacters() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("abcdefghij", "alice"));
    }

    @Test
    void acceptsExactly128Characters() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("abcd".repeat(32), "alice"));
    }

    @Test
    void refusesMoreThan128Characters() {
        assertEquals(TOO_LONG, PasswordPolicy.problemWith("abcd".repeat(32) + "e", "alice"));
    }

    @Test
    void refusesTheUsernameIgnoringCase() {
        assertEquals(IS_USERNAME, PasswordPolicy.problemWith("alice.smith", "alice.smith"));
        assertEquals(IS_USERNAME, PasswordPolicy.problemWith("Alice.Smith", "alice.smith"));
        assertEquals(IS_USERNAME, PasswordPolicy.problemWith("ALICE.SMITH", "alice.smith"));
    }

    @Test
    void acceptsAPasswordThatMerelyContainsTheUsername() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("alice.smith-2025!", "alice.smith"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"aaaaaaaaaa", "abababababab", "abcabcabcabc", "1111111111111", "aA aA aA aA "})
    void refusesThreeOrFewerDistinctCharacters(String password) {
        assertEquals(TOO_FEW_DISTINCT, PasswordPolicy.problemWith(password, "alice"));
    }

    @Test
    void acceptsFourDistinctCharacters() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("abcdabcdab", "alice"));
    }

    @Test
    void acceptsAGoodPassphraseWithOrWithoutAUsername() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("correct horse battery staple", "alice"));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("correct horse battery staple", null));
    }
}
