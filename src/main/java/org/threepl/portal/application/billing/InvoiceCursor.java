package org.threepl.portal.application.billing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Where the next page of the invoice list starts: the issue day and id of the last invoice seen.
 * Opaque to clients (URL-safe Base64); a damaged cursor is refused rather than giving a wrong page.
 */
public record InvoiceCursor(LocalDate issuedOn, long id) {

    private static final String VERSION = "i1";

    public String encode() {
        String raw = VERSION + "|" + issuedOn.toEpochDay() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    public static InvoiceCursor decode(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split("\\|");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw invalid();
            }
            return new InvoiceCursor(LocalDate.ofEpochDay(Long.parseLong(parts[1])), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException | NullPointerException e) {
            throw invalid();
        }
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("The cursor is not valid: use the 'next' link of the previous page as it is");
    }
}
