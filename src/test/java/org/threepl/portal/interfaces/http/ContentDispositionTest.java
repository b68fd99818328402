package org.threepl.portal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aPlainNameIsGivenAsItIs() {
        assertEquals(
                "attachment; filename=\"CL-2026-000042-record.pdf\"",
                ContentDisposition.attachment("CL-2026-000042-record.pdf"));
        assertEquals("inline; filename=\"pod.png\"", ContentDisposition.inline("pod.png"));
    }

    @Test
    void aChineseOrAccentedNameKeepsItsWritingForBrowsersThatReadIt() {
        assertEquals(
                "attachment; filename=\"______.pdf\"; "
                        + "filename*=UTF-8''%E7%AD%BE%E6%94%B6%E5%8D%95%E6%8D%AE%E5%89%AF%E6%9C%AC.pdf",
                ContentDisposition.attachment("签收单据副本.pdf"));
        assertEquals(
                "attachment; filename=\"Zurich_Lieferschein.pdf\"; filename*=UTF-8''Z%C3%BCrich%20Lieferschein.pdf",
                ContentDisposition.attachment("Zürich Lieferschein.pdf"));
    }

    @Test
    void nothingBreaksOutOfTheHeader() {
        String h = ContentDisposition.attachment("a\"b\r\nSet-Cookie: x=1;.pdf");
        assertFalse(h.contains("\r") || h.contains("\n"), h);
        assertEquals(2, h.chars().filter(c -> c == '"').count(), h);
        assertEquals("attachment; filename=\"passwd\"", ContentDisposition.attachment("../../etc/passwd"));
        assertEquals("attachment; filename=\"download\"", ContentDisposition.attachment(" "));
        assertEquals("attachment; filename=\"download\"", ContentDisposition.attachment("dir/"));
    }
}
