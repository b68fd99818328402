package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

@DisplayName("EmailAddress")
class EmailAddressTest {

    /** 64-character local part: the longest allowed. */
    private static final String LONGEST_LOCAL = "l".repeat(64) + "@example.com";
    /** 254 characters in all: the longest allowed. */
    private static final String LONGEST = "x@" + "d".repeat(248) + ".com";

    static Stream<String> valid() {
        return Stream.of(
                "a@b.co",
                "first.last+tag@example.co.uk",
                "Bob@Example.COM",
                "o'neil@example.ie",
                LONGEST_LOCAL,
                LONGEST);
    }

    static Stream<String> invalid() {
        return Stream.of(
                "",
                "plainaddress",
                "a@b",
                "a@b.c",
                "a@@b.com",
                "a@b@c.com",
                "a b@c.com",
                "@example.com",
                "a@ex ample.com",
                "a@.com",
                " a@b.com",
                "l" + LONGEST_LOCAL,
                "x" + LONGEST);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is valid")
    @MethodSource("valid")
    void acceptsPlausibleAddresses(String address) {
        assertEquals(address, new EmailAddress(address).value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
    @MethodSource("invalid")
    void refusesImplausibleAddresses(String address) {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new EmailAddress(address));
        assertEquals("Not an e-mail address: " + address, e.getMessage());
        assertEquals("email", e.field());
    }

    @Test
    void isRequired() {
        assertThrows(DomainRuleViolation.class, () -> new EmailAddress(null));
        assertThrows(DomainRuleViolation.class, () -> EmailAddress.of(null));
    }

    @Test
    void ofTrimsButKeepsTheCaseAsTyped() {
        assertEquals(
                "Bob.Smith@Example.com",
                EmailAddress.of("  Bob.Smith@Example.com \t").value());
    }

    @Test
    void toStringIsTheValue() {
        assertEquals("a@b.co", EmailAddress.of("a@b.co").toString());
    }
}
