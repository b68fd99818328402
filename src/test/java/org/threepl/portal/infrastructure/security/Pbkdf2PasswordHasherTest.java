package org.threepl.portal.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hash at 600,000 iterations costs about 0.3 s, so the two real hashes are made once and shared; malformed inputs are
 * chosen so that they fail before any key derivation.
 */
@DisplayName("Pbkdf2PasswordHasher")
class Pbkdf2PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String B64 = "[A-Za-z0-9+/]";

    /**
     * PBKDF2-HMAC-SHA256 test vector (password "password", salt "salt", 4096 iterations, 32 bytes), in the stored
     * format: checks the derivation against an independent answer, cheaply.
     */
    private static final String KNOWN_ANSWER = "pbkdf2-sha256$4096$"
            + Base64.getEncoder().withoutPadding().encodeToString("salt".getBytes())
            + "$"
            + Base64.getEncoder()
                    .withoutPadding()
                    .encodeToString(HexFormat.of()
                            .parseHex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));

    private static Pbkdf2PasswordHasher hasher;
    private static String hash;
    private static String secondHash;

    @BeforeAll
    static void hashOnce() {
        hasher = new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS);
        hash = hasher.hash(PASSWORD.toCharArray());
        secondHash = hasher.hash(PASSWORD.toCharArray());
    }

    @Test
    void defaultsToOwasp600000Iterations() {
        assertEquals(600_000, Pbkdf2PasswordHasher.DEFAULT_ITERATIONS);
        assertEquals(600_000, hasher.iterations());
    }

    @ParameterizedTest(name = "{0} iterations are refused")
    @ValueSource(ints = {599_999, 100_000, 1, 0, -1})
    void refusesFewerThan600000Iterations(int iterations) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Pbkdf2PasswordHasher(iterations));
        assertTrue(e.getMessage().contains(String.valueOf(iterations)), e.getMessage());
    }

    @Test
    void acceptsMoreIterations() {
        assertEquals(700_000, new Pbkdf2PasswordHasher(700_000).iterations());
    }

    @Test
    void hashHasTheDocumentedFormat() {
        assertTrue(hash.matches("pbkdf2-sha256\\$600000\\$" + B64 + "+\\$" + B64 + "+"), hash);
        String[] parts = hash.split("\\$");
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "hash bytes");
    }

    @Test
    void neverContainsThePassword() {
        assertFalse(hash.contains(PASSWORD));
    }

    @Test
    void twoHashesOfTheSamePasswordDifferInSaltAndHash() {
        assertNotEquals(hash, secondHash);
        assertNotEquals(hash.split("\\$")[2], secondHash.split("\\$")[2]);
        assertNotEquals(hash.split("\\$")[3], secondHash.split("\\$")[3]);
    }

    @Test
    void verifiesTheRightPassword() {
        assertTrue(hasher.verify(PASSWORD.toCharArray(), secondHash));
    }

    @Test
    void rejectsAWrongPassword() {
        assertFalse(hasher.verify("correct horse battery stapler".toCharArray(), hash));
    }

    @Test
    void verifiesAgainstAKnownAnswerUsingTheStoredIterationCount() {
        assertTrue(hasher.verify("password".toCharArray(), KNOWN_ANSWER));
        assertFalse(hasher.verify("Password".toCharArray(), KNOWN_ANSWER));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "plain text",
                "pbkdf2-sha256",
                "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA",
                "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
                "pbkdf2-sha1$600000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "PBKDF2-SHA256$600000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$600000$!!not base64!!$aGFzaA",
                "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA$!!not base64!!",
                "pbkdf2-sha256$600000$$aGFzaA",
                "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA$",
            })
    void rejectsMalformedStoredHashesWithoutThrowing(String stored) {
        assertFalse(hasher.verify(PASSWORD.toCharArray(), stored));
    }

    @Test
    void aHashAtTheCurrentIterationsNeedsNoRehash() {
        assertFalse(hasher.needsRehash(hash));
    }

    @Test
    void aHashWithFewerIterationsThanTheHasherNeedsRehash() {
        assertTrue(new Pbkdf2PasswordHasher(700_000).needsRehash(hash));
        assertTrue(hasher.needsRehash(KNOWN_ANSWER));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"plain text", "pbkdf2-sha256$600000$c2FsdA", "pbkdf2-sha256$many$c2FsdA$aGFzaA"})
    void aMalformedHashNeedsRehash(String stored) {
        assertTrue(hasher.needsRehash(stored));
    }
}
