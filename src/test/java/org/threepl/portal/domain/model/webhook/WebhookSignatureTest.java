package org.threepl.portal.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

class WebhookSignatureTest {

    // the key is the 24 bytes "0123456789abcdefghijklmn"; the expected value was computed independently with
    // printf 'msg_1.1700000000.{"a":1}' | openssl dgst -sha256 -hmac '0123456789abcdefghijklmn' -binary | base64
    private static final WebhookSecret SECRET = new WebhookSecret("whsec_MDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1u");

    @Test
    void signsTheIdTheTimestampAndTheBodyAsOpenSslDoes() {
        assertEquals(
                "v1,4ezmuBq3l8hTsGAKr/4Th11OaqFEh0xQLo+s2Ky0inM=",
                WebhookSignature.sign(SECRET, "msg_1", 1_700_000_000L, "{\"a\":1}"));
    }

    @Test
    void anyChangeOfIdTimeOrBodyChangesTheSignature() {
        String signed = WebhookSignature.sign(SECRET, "msg_1", 1_700_000_000L, "{\"a\":1}");
        assertNotEquals(signed, WebhookSignature.sign(SECRET, "msg_2", 1_700_000_000L, "{\"a\":1}"));
        assertNotEquals(signed, WebhookSignature.sign(SECRET, "msg_1", 1_700_000_001L, "{\"a\":1}"));
        assertNotEquals(signed, WebhookSignature.sign(SECRET, "msg_1", 1_700_000_000L, "{\"a\":2}"));
        assertNotEquals(signed, WebhookSignature.sign(WebhookSecret.generate(), "msg_1", 1_700_000_000L, "{\"a\":1}"));
    }

    @Test
    void aGeneratedSecretHas24RandomBytesAndNeverShowsInText() {
        WebhookSecret a = WebhookSecret.generate();
        assertTrue(a.value().startsWith("whsec_"), a.value());
        assertEquals(24, a.key().length);
        assertNotEquals(a.value(), WebhookSecret.generate().value());
        assertEquals("whsec_…", a.toString());
    }

    @Test
    void aSecretWithoutThePrefixOrTooShortOrNotBase64IsRefused() {
        assertEquals(
                "secret",
                assertThrows(DomainRuleViolation.class, () -> new WebhookSecret("abc"))
                        .field());
        assertEquals(
                "secret",
                assertThrows(DomainRuleViolation.class, () -> new WebhookSecret("whsec_YWJj"))
                        .field());
        assertEquals(
                "secret",
                assertThrows(DomainRuleViolation.class, () -> new WebhookSecret("whsec_!!!"))
                        .field());
    }
}
