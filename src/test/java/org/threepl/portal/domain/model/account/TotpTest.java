package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238's SHA-1 seed, the ASCII string "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    /** RFC 6238 appendix B (SHA-1), the last six of its eight digits. */
    @ParameterizedTest
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130"
    })
    void codesOfTheRfcTestVectors(long epochSecond, String expected) {
        assertEquals(expected, Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(epochSecond))));
    }

    @Test
    void base32RoundTripsAndMatchesTheRfcEncoding() {
        assertEquals(RFC_SECRET, Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("12345678901234567890".getBytes(StandardCharsets.US_ASCII), Totp.decode(RFC_SECRET));
        String s = Totp.newSecret();
        assertEquals(32, s.length());
        assertTrue(Totp.isValidSecret(s));
        assertFalse(Totp.isValidSecret("OPSADMIN0DEMO1SEED"), "0 and 1 are not Base32");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        long step = Totp.stepAt(now);
        assertEquals(
                step,
                Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now, null).getAsLong());
        assertEquals(
                step - 1,
                Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, null)
                        .getAsLong());
        assertEquals(
                step + 1,
                Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, null)
                        .getAsLong());
        assertTrue(
                Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, null)
                        .isEmpty(),
                "too old");
        assertTrue(
                Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, null)
                        .isEmpty(),
                "too new");
        assertTrue(
                Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step).isEmpty(), "used already");
        assertTrue(
                Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step)
                        .isEmpty(),
                "older than the last one used");
    }

    @Test
    void spacesAreIgnoredAndAnythingButSixDigitsNeverMatches() {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        String code = Totp.code(RFC_SECRET, Totp.stepAt(now));
        assertTrue(Totp.verify(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, null)
                .isPresent());
        for (String bad : new String[] {null, "", "12345", "1234567", "abcdef", "12 34 5", "１２３４５６"}) {
            assertTrue(Totp.verify(RFC_SECRET, bad, now, null).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void theProvisioningAddressNamesIssuerAccountAndParameters() {
        assertEquals(
                "otpauth://totp/3PL%20Client%20Portal:am.lee?secret=" + RFC_SECRET + "&issuer=3PL%20Client%20Portal"
                        + "&algorithm=SHA1&digits=6&period=30",
                Totp.provisioningUri("3PL Client Portal", "am.lee", RFC_SECRET));
        assertEquals("GEZD GNBV GY3T", Totp.grouped("GEZDGNBVGY3T"));
    }
}
