package org.threepl.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormatBeanTest {

    @Test
    void aRecordedTextShowsItsMomentsInTheReadersFormat() {
        FormatBean fmt = new FormatBean(); // outside a request: English, UTC
        String shown = fmt.text("second factor; until 2026-12-02T12:34:56.123456Z");
        assertTrue(shown.startsWith("second factor; until ") && shown.endsWith("UTC"), shown);
        assertFalse(shown.contains("2026-12-02T"), shown);
        assertEquals("password", fmt.text("password"));
        assertEquals("—", fmt.text(null));
        assertEquals("API key “ERP”", fmt.actor("CREDENTIAL", "ERP"), "a key is marked as one");
        assertEquals("Ann Lee", fmt.actor("USER", "Ann Lee"));
    }

    @Test
    void aMissingMessageShowsAsADash() {
        assertEquals("—", new FormatBean().say(null), "an explanation not computed yet reads as nothing, not as null");
    }
}
