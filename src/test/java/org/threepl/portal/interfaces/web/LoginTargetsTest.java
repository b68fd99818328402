package org.threepl.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a sign-in may send the user afterwards: this portal's pages only. */
class LoginTargetsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/shipment.xhtml?id=5",
                "/index.xhtml",
                "/admin/users.xhtml?org=3",
                "/disputes.xhtml?org=1&state=FILED"
            })
    void pagesOfThePortal(String target) {
        assertTrue(LoginTargets.isSafe(target));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "https://evil.example/x.xhtml",
                "//evil.example/x.xhtml",
                "/\\evil.example/x.xhtml",
                "index.xhtml",
                "/login.xhtml",
                "/error/403.xhtml",
                "/api/v1/me",
                "/jakarta.faces.resource/x.xhtml",
                "/x.xhtml\r\nSet-Cookie: a=b",
                "/javascript:alert(1).xhtml",
                "/shipments"
            })
    void notElsewhereNorBackToSignIn(String target) {
        assertFalse(LoginTargets.isSafe(target));
    }
}
