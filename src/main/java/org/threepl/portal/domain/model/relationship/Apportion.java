package org.threepl.portal.domain.model.relationship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rounds the non-negative parts of a sum to two decimals so that the rounded parts add up exactly to the rounded sum
 * (largest remainder; ties go to the earlier part). A score's explanation then adds up to the score shown, to the cent.
 */
final class Apportion {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Apportion() {}

    static List<BigDecimal> round(List<BigDecimal> exact) {
        BigDecimal total =
                exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN);
        List<BigDecimal> floors = new ArrayList<>(exact.stream()
                .map(p -> {
                    if (p.signum() < 0) {
                        throw new IllegalArgumentException("Parts are not negative: " + p);
                    }
                    return p.setScale(2, RoundingMode.FLOOR);
                })
                .toList());
        int missing = total.subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .divide(CENT, 0, RoundingMode.HALF_EVEN)
                .intValue();
        List<Integer> byRemainder = IntStream.range(0, exact.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> exact.get(i).subtract(floors.get(i)))
                        .reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < missing && k < byRemainder.size(); k++) {
            int i = byRemainder.get(k);
            floors.set(i, floors.get(i).add(CENT));
        }
        return floors;
    }
}
