package org.threepl.portal.application.paging;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the next page of a keyset-paged list starts: the order the list is read in, and the sort key and id of the last
 * row seen. Every keyset-paged list (shipments, invoices) uses this one type: opaque to clients (URL-safe Base64 of a
 * versioned text), and a damaged cursor or one of another order is refused as an {@link InvalidCursorException} (a 400
 * naming {@code cursor}) rather than silently giving a wrong page.
 *
 * @param <E> the list's orders (e.g. {@code ShipmentSort}); the constant's name is what the cursor carries
 */
public record KeysetCursor<E extends Enum<E>>(E order, Instant key, long id) {

    private static final String VERSION = "c1";

    public KeysetCursor {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(key, "key");
    }

    public String encode() {
        String raw = VERSION + "|" + order.name() + "|" + key.getEpochSecond() + "|" + key.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Decodes a cursor, which must belong to {@code expected}; {@code shown} names an order to the client. */
    public static <E extends Enum<E>> KeysetCursor<E> decode(String encoded, E expected, Function<E, String> shown) {
        Objects.requireNonNull(expected, "expected");
        if (encoded == null) {
            throw invalid();
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        E order = null;
        for (E e : expected.getDeclaringClass().getEnumConstants()) {
            if (e.name().equals(parts[1])) {
                order = e;
            }
        }
        if (order == null) {
            throw invalid();
        }
        if (order != expected) {
            throw new InvalidCursorException(
                    "This cursor belongs to the sort '" + shown.apply(order) + "'; keep the same sort while paging");
        }
        try {
            Instant key = Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3]));
            return new KeysetCursor<>(order, key, Long.parseLong(parts[4]));
        } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
            throw invalid();
        }
    }

    /** Like {@link #decode(String, Enum, Function)}; null or blank (the first page) is null. */
    public static <E extends Enum<E>> KeysetCursor<E> decodeOptional(
            String encoded, E expected, Function<E, String> shown) {
        return encoded == null || encoded.isBlank() ? null : decode(encoded, expected, shown);
    }

    private static InvalidCursorException invalid() {
        return new InvalidCursorException("The cursor is not valid: use the 'next' link of the previous page as it is");
    }
}
