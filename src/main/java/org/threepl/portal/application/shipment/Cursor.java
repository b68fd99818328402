package org.threepl.portal.application.shipment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the next page of a keyset-paged list starts: the sort key and id of the last row seen, and
 * the sort they belong to. Opaque to clients (URL-safe Base64); a cursor of another sort, or a
 * damaged one, is refused rather than silently giving a wrong page.
 */
public record Cursor(ShipmentSort sort, Instant key, long id) {

    private static final String VERSION = "c1";

    public Cursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(key, "key");
    }

    public String encode() {
        String raw = VERSION + "|" + sort.name() + "|" + key.getEpochSecond() + "|" + key.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Decodes a cursor, which must belong to {@code expectedSort}. */
    public static Cursor decode(String encoded, ShipmentSort expectedSort) {
        if (encoded == null) {
            throw invalid();
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = raw.split("\\|");
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        try {
            ShipmentSort sort = java.util.Arrays.stream(ShipmentSort.values()).filter(v -> v.name().equals(parts[1]))
                    .findFirst().orElseThrow(Cursor::invalid);
            if (sort != expectedSort) {
                throw new IllegalArgumentException("This cursor belongs to the sort '" + sort.parameter()
                        + "'; keep the same sort while paging");
            }
            Instant key = Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3]));
            return new Cursor(sort, key, Long.parseLong(parts[4]));
        } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
            throw invalid();
        }
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("The cursor is not valid: use the 'next' link of the previous page as it is");
    }
}
