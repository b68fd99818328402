package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

@DisplayName("PodDocument")
class PodDocumentTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Test
    void recognisesAPdfByItsContent() {
        PodDocument d = new PodDocument(5L, "pod.pdf", PDF);
        assertEquals("application/pdf", d.contentType());
        assertArrayEquals(PDF, d.content());
        assertEquals("pod.pdf", d.fileName());
    }

    @Test
    void recognisesAPngByItsContent() {
        assertEquals("image/png", new PodDocument(5L, "scan.png", PNG).contentType());
    }

    @Test
    void recognisesAJpegByItsContent() {
        assertEquals("image/jpeg", new PodDocument(5L, "photo.jpg", JPEG).contentType());
    }

    @Test
    void theNameDoesNotDecideTheType() {
        assertEquals("image/png", new PodDocument(5L, "looks-like.pdf", PNG).contentType());
        assertEquals("application/pdf", new PodDocument(5L, "scan.jpg", PDF).contentType());
    }

    @Test
    void refusesATextFileNamedAsAPdf() {
        byte[] text = "This is not a PDF, just text.\n".getBytes(StandardCharsets.US_ASCII);
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new PodDocument(5L, "x.pdf", text));
        assertTrue(e.getMessage().contains("PDF, PNG or JPEG"), e.getMessage());
    }

    @Test
    void refusesOtherFormatsAndTruncatedSignatures() {
        byte[] gif = "GIF89a......".getBytes(StandardCharsets.US_ASCII);
        byte[] html = "<html><body>%PDF-</body></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] pdfWithoutDash = "%PDF1.7".getBytes(StandardCharsets.US_ASCII);
        byte[] shortPng = {(byte) 0x89, 'P', 'N', 'G'};
        byte[] twoJpegBytes = {(byte) 0xFF, (byte) 0xD8};
        for (byte[] content : new byte[][] {gif, html, pdfWithoutDash, shortPng, twoJpegBytes}) {
            assertThrows(
                    DomainRuleViolation.class, () -> new PodDocument(5L, "doc.pdf", content), Arrays.toString(content));
        }
    }

    @Test
    void refusesAnEmptyDocument() {
        assertThrows(DomainRuleViolation.class, () -> new PodDocument(5L, "pod.pdf", new byte[0]));
        assertThrows(DomainRuleViolation.class, () -> new PodDocument(5L, "pod.pdf", null));
    }

    @Test
    void acceptsExactlyFiveMebibytesAndRefusesOneByteMore() {
        assertEquals(5 * 1024 * 1024, PodDocument.MAX_BYTES);
        byte[] max = pdfOfSize(PodDocument.MAX_BYTES);
        assertEquals("application/pdf", new PodDocument(5L, "big.pdf", max).contentType());

        byte[] tooBig = pdfOfSize(PodDocument.MAX_BYTES + 1);
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new PodDocument(5L, "big.pdf", tooBig));
        assertTrue(e.getMessage().contains("5 MiB"), e.getMessage());
    }

    private static byte[] pdfOfSize(int size) {
        byte[] b = new byte[size];
        System.arraycopy(PDF, 0, b, 0, PDF.length);
        return b;
    }

    @Test
    void sanitisesAPathInTheFileName() {
        PodDocument d = new PodDocument(5L, "../../etc/passwd", PDF);
        assertFalse(d.fileName().contains("/"), d.fileName());
        assertEquals(".._.._etc_passwd", d.fileName());
        assertEquals("C__Users_x_pod.pdf", new PodDocument(5L, "C:\\Users\\x\\pod.pdf", PDF).fileName());
    }

    @Test
    void sanitisesControlAndSpecialCharacters() {
        assertEquals("pod_1_.pdf", new PodDocument(5L, "pod\"1\n.pdf", PDF).fileName());
        assertEquals("Lieferschein Nr_ 4-7_11.pdf", new PodDocument(5L, "Lieferschein Nr: 4-7_11.pdf", PDF).fileName());
        assertEquals(
                "Übersicht.pdf", new PodDocument(5L, "Übersicht.pdf", PDF).fileName(), "letters of any script stay");
        assertEquals("签收单.pdf", new PodDocument(5L, "签收单.pdf", PDF).fileName());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresAFileName(String blank) {
        assertThrows(DomainRuleViolation.class, () -> new PodDocument(5L, blank, PDF));
    }

    @Test
    void theFileNameHasAtMost200Characters() {
        String max = "n".repeat(196) + ".pdf";
        assertEquals(max, new PodDocument(5L, max, PDF).fileName());
        assertThrows(DomainRuleViolation.class, () -> new PodDocument(5L, "n" + max, PDF));
    }

    @Test
    void requiresTheShipment() {
        assertThrows(NullPointerException.class, () -> new PodDocument(null, "pod.pdf", PDF));
    }

    @Test
    void keepsItsOwnCopyOfTheContent() {
        byte[] content = PDF.clone();
        PodDocument d = new PodDocument(5L, "pod.pdf", content);
        content[0] = 'X';
        assertArrayEquals(PDF, d.content(), "changing the caller's array must not change the document");
        d.content()[0] = 'Y';
        assertArrayEquals(PDF, d.content(), "changing a returned array must not change the document");
    }
}
