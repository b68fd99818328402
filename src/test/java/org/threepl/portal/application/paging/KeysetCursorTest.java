package org.threepl.portal.application.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.application.shipment.ShipmentSort;

@DisplayName("KeysetCursor")
class KeysetCursorTest {

    private static final String INVALID = "The cursor is not valid: use the 'next' link of the previous page as it is";
    private static final Instant KEY = Instant.parse("2025-05-02T08:15:30.123456789Z");

    private static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertInvalid(String encoded) {
        InvalidCursorException e = assertThrows(
                InvalidCursorException.class,
                () -> KeysetCursor.decode(encoded, ShipmentSort.PICKUP_DESC, ShipmentSort::parameter));
        assertEquals(INVALID, e.getMessage());
        assertEquals("cursor", e.field());
    }

    @ParameterizedTest
    @EnumSource(ShipmentSort.class)
    void roundTripsEverySortWithNanoseconds(ShipmentSort sort) {
        KeysetCursor<ShipmentSort> c = new KeysetCursor<>(sort, KEY, 4711L);
        KeysetCursor<ShipmentSort> decoded = KeysetCursor.decode(c.encode(), sort, ShipmentSort::parameter);
        assertEquals(c, decoded);
        assertEquals(123_456_789, decoded.key().getNano());
    }

    @Test
    void roundTripsExtremeValues() {
        for (KeysetCursor<?> c : new KeysetCursor<?>[] {
            new KeysetCursor<>(ShipmentSort.PICKUP_ASC, Instant.EPOCH, 0L),
            new KeysetCursor<>(
                    ShipmentSort.PICKUP_ASC, Instant.parse("1969-12-31T23:59:59.999999999Z"), Long.MAX_VALUE),
            new KeysetCursor<>(ShipmentSort.PICKUP_ASC, Instant.MAX, -1L),
            new KeysetCursor<>(ShipmentSort.PICKUP_ASC, Instant.MIN, Long.MIN_VALUE)
        }) {
            assertEquals(c, KeysetCursor.decode(c.encode(), ShipmentSort.PICKUP_ASC, ShipmentSort::parameter));
        }
    }

    @Test
    void isOpaqueUrlSafeText() {
        String encoded = new KeysetCursor<>(ShipmentSort.DELIVERY_DESC, KEY, 99L).encode();
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
        assertFalse(encoded.contains("DELIVERY"), encoded);
    }

    @Test
    void theEncodedFormIsVersioned() {
        String raw = new String(
                Base64.getUrlDecoder().decode(new KeysetCursor<>(ShipmentSort.PICKUP_DESC, KEY, 7L).encode()),
                StandardCharsets.US_ASCII);
        assertEquals("c1|PICKUP_DESC|" + KEY.getEpochSecond() + "|123456789|7", raw);
    }

    @Test
    void acceptsAHandMadeCursorOfTheCurrentVersion() {
        assertEquals(
                new KeysetCursor<>(ShipmentSort.PICKUP_DESC, Instant.ofEpochSecond(1_700_000_000L, 5), 42L),
                KeysetCursor.decode(
                        b64("c1|PICKUP_DESC|1700000000|5|42"), ShipmentSort.PICKUP_DESC, ShipmentSort::parameter));
    }

    @Test
    void requiresSortAndKey() {
        assertThrows(NullPointerException.class, () -> new KeysetCursor<ShipmentSort>(null, KEY, 1L));
        assertThrows(NullPointerException.class, () -> new KeysetCursor<>(ShipmentSort.PICKUP_DESC, null, 1L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a cursor!", "%%%", "abc$", "a=b=c"})
    void refusesGarbage(String garbage) {
        assertInvalid(garbage);
    }

    @Test
    void refusesStandardBase64ThatIsNotUrlSafe() {
        // '+' and '/' belong to the standard alphabet, not the URL-safe one
        assertInvalid("c1+/PICKUP");
    }

    @Test
    void refusesValidBase64ThatIsNotACursor() {
        assertInvalid(b64("hello world"));
        assertInvalid(b64("c1|PICKUP_DESC|1700000000|5"));
        assertInvalid(b64("c1|PICKUP_DESC|1700000000|5|42|extra"));
        assertInvalid(b64("c1|PICKUP_DESC|1700000000|5|"));
    }

    @Test
    void refusesAnotherVersion() {
        assertInvalid(b64("c2|PICKUP_DESC|1700000000|5|42"));
        assertInvalid(b64("C1|PICKUP_DESC|1700000000|5|42"));
        assertInvalid(b64("|PICKUP_DESC|1700000000|5|42"));
    }

    @Test
    void refusesAnUnknownSortName() {
        assertInvalid(b64("c1|pickup_desc|1700000000|5|42"));
        assertInvalid(b64("c1|-pickup|1700000000|5|42"));
        assertInvalid(b64("c1|DROP TABLE|1700000000|5|42"));
    }

    @Test
    void refusesTamperedNumbers() {
        assertInvalid(b64("c1|PICKUP_DESC|17OOOOOOOO|5|42"));
        assertInvalid(b64("c1|PICKUP_DESC|1700000000|five|42"));
        assertInvalid(b64("c1|PICKUP_DESC|1700000000|5|42 OR 1=1"));
        assertInvalid(b64("c1|PICKUP_DESC|1700000000|5|99999999999999999999"));
        assertInvalid(b64("c1|PICKUP_DESC|1.5|5|42"));
    }

    @Test
    void refusesAKeyOutsideTheRangeOfInstants() {
        assertInvalid(b64("c1|PICKUP_DESC|" + (Instant.MAX.getEpochSecond() + 1) + "|0|42"));
        assertInvalid(b64("c1|PICKUP_DESC|" + (Instant.MIN.getEpochSecond() - 1) + "|0|42"));
    }

    @Test
    void refusesACursorOfAnotherSortNamingThatSort() {
        String pickupCursor = new KeysetCursor<>(ShipmentSort.PICKUP_ASC, KEY, 1L).encode();
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> KeysetCursor.decode(pickupCursor, ShipmentSort.DELIVERY_ASC, ShipmentSort::parameter));
        assertEquals("This cursor belongs to the sort 'pickup'; keep the same sort while paging", e.getMessage());

        String deliveryDescCursor = new KeysetCursor<>(ShipmentSort.DELIVERY_DESC, KEY, 1L).encode();
        e = assertThrows(
                IllegalArgumentException.class,
                () -> KeysetCursor.decode(deliveryDescCursor, ShipmentSort.PICKUP_DESC, ShipmentSort::parameter));
        assertTrue(e.getMessage().contains("'-delivery'"), e.getMessage());
    }

    @Test
    void aDescendingCursorIsNotAcceptedForTheAscendingSort() {
        String desc = new KeysetCursor<>(ShipmentSort.PICKUP_DESC, KEY, 1L).encode();
        assertThrows(
                IllegalArgumentException.class,
                () -> KeysetCursor.decode(desc, ShipmentSort.PICKUP_ASC, ShipmentSort::parameter));
    }

    /** Another list's orders: the same type pages it, and a cursor of one list is refused by the other. */
    enum DayOrder {
        NEWEST_FIRST
    }

    @Test
    void anotherListsCursorRoundTripsADayAndIsRefusedByTheShipmentList() {
        Instant day = java.time.LocalDate.of(2026, 3, 31)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        KeysetCursor<DayOrder> c = new KeysetCursor<>(DayOrder.NEWEST_FIRST, day, 12L);
        assertEquals(c, KeysetCursor.decode(c.encode(), DayOrder.NEWEST_FIRST, o -> "newest first"));
        assertInvalid(c.encode());
    }

    @Test
    void aBlankCursorIsTheFirstPage() {
        assertEquals(null, KeysetCursor.decodeOptional(null, ShipmentSort.PICKUP_DESC, ShipmentSort::parameter));
        assertEquals(null, KeysetCursor.decodeOptional("  ", ShipmentSort.PICKUP_DESC, ShipmentSort::parameter));
    }

    @Test
    void aTamperedCursorIsRefused() {
        String good = new KeysetCursor<>(ShipmentSort.PICKUP_DESC, KEY, 7L).encode();
        String raw =
                new String(Base64.getUrlDecoder().decode(good), StandardCharsets.US_ASCII).replace("|7", "|7 OR 1=1");
        assertInvalid(b64(raw));
        assertInvalid(good.substring(0, good.length() - 3) + "$$$");
    }
}
