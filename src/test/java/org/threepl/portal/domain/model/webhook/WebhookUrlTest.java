package org.threepl.portal.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

class WebhookUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://tms.example.com/hooks/portal", "HTTPS://tms.example.com:8443/a?b=c"})
    void anHttpsAddressWithAHostIsTaken(String url) {
        assertEquals(url, WebhookUrl.of("  " + url + " ", false).value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://tms.example.com/hooks",
                "ftp://tms.example.com/hooks",
                "https:///no-host",
                "/relative/path",
                "https://user:secret@tms.example.com/hooks",
                "https://tms.example.com/hooks#part",
                "https://tms example.com/",
                "",
                "   ",
                "http://localhost:8080/hooks"
            })
    void anythingElseIsRefusedOnTheUrlField(String url) {
        assertEquals(
                "url",
                assertThrows(DomainRuleViolation.class, () -> WebhookUrl.of(url, false))
                        .field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/hooks", "http://127.0.0.1:9/x", "http://[::1]:9/x"})
    void plainHttpOnlyToTheLoopbackAndOnlyWhereTheServerAllowsIt(String url) {
        assertEquals(url, WebhookUrl.of(url, true).value());
        assertThrows(DomainRuleViolation.class, () -> WebhookUrl.of("http://tms.example.com/x", true));
    }

    @org.junit.jupiter.api.Test
    void anAddressIsBounded() {
        String url = "https://tms.example.com/" + "a".repeat(WebhookUrl.MAX_LENGTH);
        assertEquals(
                "url",
                assertThrows(DomainRuleViolation.class, () -> WebhookUrl.of(url, false))
                        .field());
    }
}
