package org.threepl.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    private static byte[] readAll(String body, long limit, BoundedBody.Kind kind) throws IOException {
        try (InputStream in =
                new BoundedBody(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), limit, kind)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aBodyUpToTheLimitIsReadWholeOneByteMoreFails() throws IOException {
        assertArrayEquals("12345".getBytes(StandardCharsets.UTF_8), readAll("12345", 5, BoundedBody.Kind.JSON));
        assertThrows(BoundedBody.TooLarge.class, () -> readAll("123456", 5, BoundedBody.Kind.JSON));
        try (InputStream in = new BoundedBody(new ByteArrayInputStream(new byte[10]), 5, BoundedBody.Kind.BINARY)) {
            in.read();
            in.read(new byte[4], 0, 4);
            assertThrows(BoundedBody.TooLarge.class, in::read, "byte by byte too");
        }
    }

    @Test
    void jsonWithTheNulEscapeOrARawNulIsRefused() {
        assertThrows(
                BoundedBody.NulCharacter.class, () -> readAll("{\"a\":\"x\\u0000y\"}", 100, BoundedBody.Kind.JSON));
        assertThrows(
                BoundedBody.NulCharacter.class,
                () -> readAll("{\"a\":\"\\\\\\u0000\"}", 100, BoundedBody.Kind.JSON),
                "an escaped backslash, then the escape");
        assertThrows(BoundedBody.NulCharacter.class, () -> readAll("{\"a\":\"x\u0000\"}", 100, BoundedBody.Kind.JSON));
        assertThrows(BoundedBody.NulCharacter.class, () -> readAll("a,b\u0000,c", 100, BoundedBody.Kind.CSV));
    }

    @Test
    void lookAlikesAreNotNul() {
        assertDoesNotThrow(
                () -> readAll("{\"a\":\"\\\\u0000\"}", 100, BoundedBody.Kind.JSON),
                "the text \\u0000 (escaped backslash)");
        assertDoesNotThrow(() -> readAll("{\"a\":\"\\u0041\\u00e9\\u4e2d\"}", 100, BoundedBody.Kind.JSON));
        assertDoesNotThrow(() -> readAll("ref,\\u0000", 100, BoundedBody.Kind.CSV), "CSV has no escapes");
        assertDoesNotThrow(() -> readAll("%PDF\u0000\u0001", 100, BoundedBody.Kind.BINARY));
    }
}
