package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TemporaryPasswords")
class TemporaryPasswordsTest {

    /** The documented alphabet: letters and digits without the look-alikes 0/O, 1/l/I. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final String GROUP = "[" + ALPHABET + "]{4}";
    private static final Pattern FORMAT = Pattern.compile(GROUP + "-" + GROUP + "-" + GROUP + "-" + GROUP);
    private static final int SAMPLES = 200;

    private static List<String> samples;

    @BeforeAll
    static void generate() {
        samples = IntStream.range(0, SAMPLES)
                .mapToObj(i -> TemporaryPasswords.generate())
                .toList();
    }

    @Test
    void hasTheFormatXxxxXxxxXxxxXxxxFromTheAlphabet() {
        for (String password : samples) {
            assertEquals(19, password.length(), password);
            assertTrue(FORMAT.matcher(password).matches(), password);
        }
    }

    @Test
    void neverUsesLookAlikeCharacters() {
        for (String password : samples) {
            assertTrue(password.chars().noneMatch(c -> "0O1lIo".indexOf(c) >= 0), password);
        }
    }

    @Test
    void drawsFromTheWholeAlphabet() {
        Set<Character> seen = new HashSet<>();
        samples.forEach(p -> p.chars().filter(c -> c != '-').forEach(c -> seen.add((char) c)));
        // 3,200 draws from 56 symbols: the chance that a fair generator misses one is about 1e-23.
        assertEquals(ALPHABET.length(), seen.size(), "symbols seen: " + seen);
    }

    @Test
    void passesThePasswordPolicy() {
        for (String password : samples) {
            assertEquals(Optional.empty(), PasswordPolicy.problemWith(password, "alice"), password);
        }
    }

    @Test
    void twoCallsGiveDifferentPasswords() {
        assertNotEquals(TemporaryPasswords.generate(), TemporaryPasswords.generate());
        assertEquals(SAMPLES, new HashSet<>(samples).size());
    }
}
