package org.threepl.portal.domain.model.shared;

import java.util.Optional;

/**
 * What an uploaded document is, judged by its first bytes (never by its name): PDF, PNG or JPEG, the kinds the portal
 * accepts as evidence and proof of delivery; and a file name made safe to store and to send back.
 */
public final class DocumentType {

    public static final String ALLOWED = "PDF, PNG or JPEG";

    private DocumentType() {}

    /** The MIME type of a PDF, PNG or JPEG by its content; empty for anything else. */
    public static Optional<String> of(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("application/pdf");
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /**
     * Letters and digits of any script (a Chinese name stays Chinese), dot, underscore, hyphen and space only; anything
     * else (quotes, slashes, control characters) becomes an underscore.
     */
    public static String safeFileName(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    }
}
