package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

class ProxyScaleTest {

    @ParameterizedTest(name = "linear 0..24: {0} -> {1}")
    @CsvSource({
        "-5, 0.00",
        "0, 0.00",
        "0.24, 1.00",
        "6, 25.00",
        "12, 50.00",
        "23.99, 99.96",
        "24, 100.00",
        "1000000, 100.00"
    })
    void linearScoresAStraightLineBetweenItsEnds(String value, String score) {
        assertEquals(new BigDecimal(score), ProxyScale.linear("0", "24").score(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "linear 0.90..1.05: {0} -> {1}")
    @CsvSource({"0.5, 0.00", "0.90, 0.00", "0.975, 50.00", "1.00, 66.67", "1.05, 100.00", "1.5, 100.00"})
    void aLinearScaleMayStartAboveZero(String value, String score) {
        assertEquals(new BigDecimal(score), ProxyScale.linear("0.90", "1.05").score(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "saturating half at 2000: {0} -> {1}")
    @CsvSource({"0, 0.00", "500, 20.00", "2000, 50.00", "6000, 75.00", "18000, 90.00", "198000, 99.00"})
    void saturatingIsHalfAtItsReferenceAndApproachesAHundred(String value, String score) {
        assertEquals(new BigDecimal(score), ProxyScale.saturating("0", "2000").score(new BigDecimal(value)));
    }

    @Test
    void saturatingNeverExceedsAHundredEvenForExtremeValues() {
        BigDecimal s = ProxyScale.saturating("0", "2000").score(new BigDecimal("1e30"));
        assertEquals(new BigDecimal("100.00"), s, "shown as 100.00 after rounding");
        assertTrue(ProxyScale.saturating("0", "2000")
                        .score(new BigDecimal("1000000"))
                        .compareTo(new BigDecimal("100"))
                < 0);
    }

    @Test
    void noDataStaysNoData() {
        assertNull(ProxyScale.linear("0", "1").score(null));
        assertNull(ProxyScale.saturating("0", "1").score(null));
    }

    @Test
    void scoresAreMonotone() {
        ProxyScale lin = ProxyScale.linear("0", "10");
        ProxyScale sat = ProxyScale.saturating("0", "10");
        BigDecimal prevL = BigDecimal.ZERO;
        BigDecimal prevS = BigDecimal.ZERO;
        for (int i = 0; i <= 200; i++) {
            BigDecimal v = BigDecimal.valueOf(i).divide(BigDecimal.TEN);
            assertTrue(lin.score(v).compareTo(prevL) >= 0);
            assertTrue(sat.score(v).compareTo(prevS) >= 0);
            prevL = lin.score(v);
            prevS = sat.score(v);
        }
    }

    @Test
    void theReferenceMustLieAboveZeroAt() {
        for (List<String> bad : List.of(List.of("5", "5"), List.of("5", "4"))) {
            DomainRuleViolation e =
                    assertThrows(DomainRuleViolation.class, () -> ProxyScale.linear(bad.get(0), bad.get(1)));
            assertTrue(e.getMessage().contains("must be above zeroAt"), e.getMessage());
            assertThrows(DomainRuleViolation.class, () -> ProxyScale.saturating(bad.get(0), bad.get(1)));
        }
        assertThrows(DomainRuleViolation.class, () -> new ProxyScale(null, BigDecimal.ZERO, BigDecimal.ONE));
    }

    @Test
    void describesItself() {
        assertEquals(
                "linear: 0 at 0, 100 at 24",
                InEnglish.of(ProxyScale.linear("0", "24").describe()));
        assertEquals(
                "saturating: 0 at 0, 50 at 2,000, approaching 100",
                InEnglish.of(ProxyScale.saturating("0", "2000").describe()));
        assertEquals(ProxyScale.linear("0", "24.0"), ProxyScale.linear("0.00", "24"));
    }
}
