package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApportionTest {

    private static List<BigDecimal> d(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    @Test
    void thirdsOfAHundredAddUpToAHundred() {
        BigDecimal third = new BigDecimal("100").divide(new BigDecimal("3"), 10, RoundingMode.HALF_EVEN);
        assertEquals(d("33.34", "33.33", "33.33"), Apportion.round(List.of(third, third, third)));
    }

    @Test
    void theLargestRemainderGetsTheCent() {
        assertEquals(d("10.00", "20.01", "30.00"), Apportion.round(d("10.001", "20.008", "29.999")));
    }

    @Test
    void emptyAndZeroParts() {
        assertEquals(List.of(), Apportion.round(List.of()));
        assertEquals(d("0.00", "0.00"), Apportion.round(d("0", "0")));
    }

    @Test
    void negativePartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Apportion.round(d("1", "-0.5")));
    }

    @Test
    void roundedPartsAlwaysAddUpToTheRoundedSum() {
        Random r = new Random(42);
        for (int run = 0; run < 2000; run++) {
            List<BigDecimal> parts = new ArrayList<>();
            int n = 1 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                parts.add(BigDecimal.valueOf(r.nextDouble() * 50).setScale(10, RoundingMode.HALF_EVEN));
            }
            BigDecimal sum =
                    parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN);
            assertEquals(
                    sum,
                    Apportion.round(parts).stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    parts.toString());
        }
    }
}
