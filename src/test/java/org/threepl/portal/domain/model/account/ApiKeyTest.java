package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ApiKey")
class ApiKeyTest {

    private static final Pattern KEY_FORMAT = Pattern.compile("tpl_[a-z0-9]{10}_[A-Za-z0-9]{40}");
    private static final String SECRET_40 = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789wxyz";
    private static final String WELL_FORMED = "tpl_abcdefgh12_" + SECRET_40;

    /** SHA-256 of "tpl_abcdefghij_" followed by forty 'A's, computed independently (sha256sum). */
    private static final String KNOWN_KEY = "tpl_abcdefghij_" + "A".repeat(40);

    private static final String KNOWN_DIGEST = "9f1097ec4f7bec639d41bc872c80b161b1f3b8a668f0456bea3e961b05aa94a6";

    @Test
    void aGeneratedKeyHasTheDocumentedFormat() {
        ApiKey key = ApiKey.generate();
        assertTrue(KEY_FORMAT.matcher(key.value()).matches(), key.value());
        assertTrue(key.prefix().matches("[a-z0-9]{10}"), key.prefix());
        assertTrue(key.value().startsWith("tpl_" + key.prefix() + "_"), key.value());
    }

    @Test
    void generatedKeysDiffer() {
        Set<String> values = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ApiKey key = ApiKey.generate();
            values.add(key.value());
            prefixes.add(key.prefix());
        }
        assertEquals(50, values.size());
        assertEquals(50, prefixes.size());
    }

    @Test
    void parsingAGeneratedKeyGivesTheSameKey() {
        ApiKey generated = ApiKey.generate();
        ApiKey parsed = ApiKey.parse(generated.value()).orElseThrow();
        assertEquals(generated.prefix(), parsed.prefix());
        assertEquals(generated.value(), parsed.value());
        assertEquals(generated.digest(), parsed.digest());
        assertTrue(parsed.matches(generated.digest()));
    }

    @Test
    void parseSplitsOffThePrefix() {
        ApiKey key = ApiKey.parse(WELL_FORMED).orElseThrow();
        assertEquals("abcdefgh12", key.prefix());
        assertEquals(WELL_FORMED, key.value());
    }

    @Test
    void parseIgnoresSurroundingWhitespace() {
        ApiKey key = ApiKey.parse("  " + WELL_FORMED + "\n").orElseThrow();
        assertEquals(WELL_FORMED, key.value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "tpl_",
                "tpl_abcdefgh12",
                "tpl_abcdefgh12_",
                "tpl_ABCDEFGH12_" + SECRET_40, // capitals in the prefix
                "tpl_abcdefgh1_" + SECRET_40, // 9-character prefix
                "tpl_abcdefgh123_" + SECRET_40, // 11-character prefix
                "tpl_abcdefgh12_" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789wxy", // 39-character secret
                "tpl_abcdefgh12_" + SECRET_40 + "z", // 41-character secret
                "tpl_abcdefgh12_" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789wx-z", // '-' in the secret
                "tpk_abcdefgh12_" + SECRET_40, // wrong tag
                "TPL_abcdefgh12_" + SECRET_40,
                "tpl-abcdefgh12-" + SECRET_40,
                "tpl_abcdefgh12" + SECRET_40, // missing separator
                "Bearer tpl_abcdefgh12_" + SECRET_40,
                "tpl_abcdefgh12_" + SECRET_40 + " extra",
            })
    void parseRejectsAnythingThatIsNotOneOfOurKeys(String presented) {
        assertEquals(Optional.empty(), ApiKey.parse(presented));
    }

    @Test
    void digestIsTheLowerCaseHexSha256OfTheWholeKey() {
        String digest = ApiKey.parse(KNOWN_KEY).orElseThrow().digest();
        assertEquals(KNOWN_DIGEST, digest);
        assertTrue(ApiKey.generate().digest().matches("[0-9a-f]{64}"));
    }

    @Test
    void matchesItsOwnDigestOnly() {
        ApiKey key = ApiKey.generate();
        ApiKey other = ApiKey.generate();
        assertTrue(key.matches(key.digest()));
        assertFalse(key.matches(other.digest()));
        assertFalse(key.matches(""));
        assertFalse(key.matches(key.digest().substring(1)));
        assertThrows(NullPointerException.class, () -> key.matches(null));
    }

    @Test
    void aKeyWithTheSamePrefixButAnotherSecretDoesNotMatch() {
        ApiKey key = ApiKey.parse(WELL_FORMED).orElseThrow();
        ApiKey forged = ApiKey.parse("tpl_abcdefgh12_" + "A".repeat(40)).orElseThrow();
        assertEquals(key.prefix(), forged.prefix());
        assertNotEquals(key.digest(), forged.digest());
        assertFalse(forged.matches(key.digest()));
    }

    @Test
    void toStringNeverShowsTheSecret() {
        ApiKey generated = ApiKey.generate();
        String secret = generated.value().substring(("tpl_" + generated.prefix() + "_").length());
        String shown = generated.toString();
        assertFalse(shown.contains(secret), shown);
        assertFalse(shown.contains(secret.substring(0, 6)), "not even the start of the secret: " + shown);
        assertTrue(shown.startsWith("tpl_" + generated.prefix() + "_"), shown);

        ApiKey parsed = ApiKey.parse(WELL_FORMED).orElseThrow();
        assertFalse(parsed.toString().contains(SECRET_40.substring(0, 6)), parsed.toString());
    }
}
