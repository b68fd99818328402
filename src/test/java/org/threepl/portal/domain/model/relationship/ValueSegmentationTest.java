package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.domain.model.relationship.ValueSegment.MAJOR;
import static org.threepl.portal.domain.model.relationship.ValueSegment.ORDINARY;
import static org.threepl.portal.domain.model.relationship.ValueSegment.SMALL;
import static org.threepl.portal.domain.model.relationship.ValueSegment.VIP;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The 1 %, 5 %, 20 % boundaries, ties, small client counts and clients without value. */
class ValueSegmentationTest {

    private static final ValueSegmentation.Thresholds STANDARD = ValueSegmentation.Thresholds.standard();

    /** n clients with values n, n-1, ..., 1 (organisation id = value). */
    private static List<ValueSegmentation.ClientValue> distinct(int n) {
        List<ValueSegmentation.ClientValue> c = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            c.add(new ValueSegmentation.ClientValue((long) i, BigDecimal.valueOf(i)));
        }
        return c;
    }

    private static Map<ValueSegment, Integer> counts(List<ValueSegmentation.Placement> placed) {
        Map<ValueSegment, Integer> m = new EnumMap<>(ValueSegment.class);
        for (ValueSegment s : ValueSegment.values()) {
            m.put(s, 0);
        }
        placed.forEach(p -> m.merge(p.segment(), 1, Integer::sum));
        return m;
    }

    @ParameterizedTest(name = "{0} clients: {1} VIP, {2} major, {3} ordinary, {4} small")
    @CsvSource({
        "0, 0, 0, 0, 0",
        "1, 1, 0, 0, 0",
        "2, 1, 0, 0, 1",
        "3, 1, 0, 0, 2", // 1 % of 3 = 0.03, rounded up: the best client is a VIP; 5 % and 20 % of 3 round up to 1,
        // already taken
        "10, 1, 0, 1, 8", // VIP ⌈0.1⌉ = 1, major ⌈0.5⌉ = 1 (taken), ordinary ⌈2⌉ = 2
        "20, 1, 0, 3, 16", // major ⌈1⌉ = 1 (taken), ordinary ⌈4⌉ = 4
        "21, 1, 1, 3, 16", // major ⌈1.05⌉ = 2, ordinary ⌈4.2⌉ = 5
        "99, 1, 4, 15, 79", // ⌈0.99⌉, ⌈4.95⌉, ⌈19.8⌉
        "100, 1, 4, 15, 80", // exactly 1, 5 and 20 (decimal arithmetic: 5 % of 100 is 5, not 5.000…1)
        "101, 2, 4, 15, 80", // ⌈1.01⌉ = 2, ⌈5.05⌉ = 6, ⌈20.2⌉ = 21
        "1000, 10, 40, 150, 800"
    })
    void segmentSizesFollowTheRoundedUpCumulativeShares(int n, int vip, int major, int ordinary, int small) {
        Map<ValueSegment, Integer> c = counts(ValueSegmentation.place(distinct(n), STANDARD));
        assertEquals(vip, c.get(VIP), "VIP");
        assertEquals(major, c.get(MAJOR), "major");
        assertEquals(ordinary, c.get(ORDINARY), "ordinary");
        assertEquals(small, c.get(SMALL), "small");
    }

    @Test
    void theBoundariesOfAHundredClientsFallExactlyOnRanks1_5_And20() {
        List<ValueSegmentation.Placement> placed = ValueSegmentation.place(distinct(100), STANDARD);
        assertEquals(VIP, placed.get(0).segment());
        assertEquals(MAJOR, placed.get(1).segment());
        assertEquals(MAJOR, placed.get(4).segment());
        assertEquals(ORDINARY, placed.get(5).segment());
        assertEquals(ORDINARY, placed.get(19).segment());
        assertEquals(SMALL, placed.get(20).segment());
        assertEquals(5, placed.get(4).rank());
        assertEquals(100, placed.get(4).clients());
        assertTrue(
                InEnglish.of(placed.get(4).reason()).contains("rank 5 of 100"),
                InEnglish.of(placed.get(4).reason()));
    }

    @Test
    void tiesAreNeverSplitAndGoToTheBetterSegment() {
        // 100 clients; the 5th and 6th tie, straddling the major/ordinary boundary: both are major
        List<ValueSegmentation.ClientValue> c = new ArrayList<>(distinct(100));
        c.set(5, new ValueSegmentation.ClientValue(95L, BigDecimal.valueOf(96))); // id 95 now ties with id 96 (rank 5)
        List<ValueSegmentation.Placement> placed = ValueSegmentation.place(c, STANDARD);
        List<ValueSegmentation.Placement> tied = placed.stream()
                .filter(p -> p.value().compareTo(BigDecimal.valueOf(96)) == 0)
                .toList();
        assertEquals(2, tied.size());
        tied.forEach(p -> assertEquals(5, p.rank()));
        tied.forEach(p -> assertEquals(MAJOR, p.segment()));
        assertEquals(5, counts(placed).get(MAJOR), "major holds one more than its share");
        assertEquals(7, placed.get(6).rank(), "competition ranking: after two at rank 5 comes rank 7");
    }

    @Test
    void twoClientsTiedAtTheTopAreBothVip() {
        List<ValueSegmentation.ClientValue> c = new ArrayList<>(distinct(100));
        c.set(1, new ValueSegmentation.ClientValue(99L, BigDecimal.valueOf(100)));
        Map<ValueSegment, Integer> counts = counts(ValueSegmentation.place(c, STANDARD));
        assertEquals(2, counts.get(VIP));
        assertEquals(3, counts.get(MAJOR), "ranks 3 to 5");
    }

    @Test
    void clientsAllWorthTheSameShareTheTopSegment() {
        List<ValueSegmentation.ClientValue> c = new ArrayList<>();
        for (long i = 1; i <= 50; i++) {
            c.add(new ValueSegmentation.ClientValue(i, BigDecimal.TEN));
        }
        assertEquals(
                50, counts(ValueSegmentation.place(c, STANDARD)).get(VIP), "nobody can be ranked below anybody else");
    }

    @Test
    void clientsWithoutPositiveValueAreSmallWhateverTheirRank() {
        List<ValueSegmentation.ClientValue> c = List.of(
                new ValueSegmentation.ClientValue(1L, BigDecimal.ZERO),
                new ValueSegmentation.ClientValue(2L, BigDecimal.ZERO),
                new ValueSegmentation.ClientValue(3L, new BigDecimal("-500")));
        List<ValueSegmentation.Placement> placed = ValueSegmentation.place(c, STANDARD);
        placed.forEach(p -> assertEquals(SMALL, p.segment()));
        placed.forEach(p -> assertEquals("no positive value", InEnglish.of(p.reason())));
        assertEquals(3L, placed.get(2).organisationId(), "the loss-maker ranks last");
    }

    @Test
    void theOrderIsStableForTiedClients() {
        List<ValueSegmentation.ClientValue> c = List.of(
                new ValueSegmentation.ClientValue(9L, BigDecimal.ONE),
                new ValueSegmentation.ClientValue(3L, BigDecimal.ONE));
        assertEquals(
                List.of(3L, 9L),
                ValueSegmentation.place(c, STANDARD).stream()
                        .map(ValueSegmentation.Placement::organisationId)
                        .toList());
    }

    @Test
    void thresholdsAreConfigurable() {
        ValueSegmentation.Thresholds wide = new ValueSegmentation.Thresholds(
                new BigDecimal("0.10"), new BigDecimal("0.30"), new BigDecimal("0.60"));
        Map<ValueSegment, Integer> c = counts(ValueSegmentation.place(distinct(10), wide));
        assertEquals(List.of(1, 2, 3, 4), List.of(c.get(VIP), c.get(MAJOR), c.get(ORDINARY), c.get(SMALL)));
        ValueSegmentation.Thresholds noMajor =
                new ValueSegmentation.Thresholds(new BigDecimal("0.05"), new BigDecimal("0.05"), new BigDecimal("0.2"));
        assertEquals(0, counts(ValueSegmentation.place(distinct(100), noMajor)).get(MAJOR));
    }

    @Test
    void inconsistentThresholdsAreRefused() {
        assertThrows(
                DomainRuleViolation.class,
                () -> new ValueSegmentation.Thresholds(BigDecimal.ZERO, new BigDecimal("0.05"), new BigDecimal("0.2")));
        assertThrows(
                DomainRuleViolation.class,
                () -> new ValueSegmentation.Thresholds(
                        new BigDecimal("0.06"), new BigDecimal("0.05"), new BigDecimal("0.2")));
        assertThrows(
                DomainRuleViolation.class,
                () -> new ValueSegmentation.Thresholds(
                        new BigDecimal("0.01"), new BigDecimal("0.3"), new BigDecimal("0.2")));
        assertThrows(
                DomainRuleViolation.class,
                () -> new ValueSegmentation.Thresholds(
                        new BigDecimal("0.01"), new BigDecimal("0.05"), new BigDecimal("1.01")));
        assertThrows(
                DomainRuleViolation.class,
                () -> new ValueSegmentation.Thresholds(null, new BigDecimal("0.05"), new BigDecimal("0.2")));
    }

    @Test
    void segmentOrder() {
        assertTrue(VIP.atLeast(MAJOR));
        assertTrue(MAJOR.atLeast(MAJOR));
        assertTrue(!ORDINARY.atLeast(MAJOR));
        assertTrue(!SMALL.atLeast(ORDINARY));
    }
}
