package org.threepl.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentFileNameTest {

    @Test
    void aNameKeepsItsLettersInAnyScriptAndLosesEverythingElse() {
        assertEquals("签收单据 2026-12.pdf", DocumentType.safeFileName("签收单据 2026-12.pdf"));
        assertEquals("Zürich_Lieferschein.pdf", DocumentType.safeFileName("Zürich/Lieferschein.pdf"));
        assertEquals("a_b__c.png", DocumentType.safeFileName("a\"b\r\nc.png"));
        assertEquals(".._.._etc_passwd", DocumentType.safeFileName("../../etc/passwd"));
    }
}
