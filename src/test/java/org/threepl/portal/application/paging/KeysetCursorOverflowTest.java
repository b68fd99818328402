package org.threepl.portal.application.paging;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.shipment.ShipmentSort;

/** a tampered cursor whose seconds + nanos overflow escapes as ArithmeticException, not IAE. */
class KeysetCursorOverflowTest {

    @Test
    void anOverflowingKeyIsRefusedAsAnInvalidCursor() {
        String raw = "c1|PICKUP_DESC|9223372036854775807|9223372036854775807|1";
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
        assertThrows(
                IllegalArgumentException.class,
                () -> KeysetCursor.decode(encoded, ShipmentSort.PICKUP_DESC, ShipmentSort::parameter));
    }
}
