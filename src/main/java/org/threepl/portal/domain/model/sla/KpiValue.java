package org.threepl.portal.domain.model.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI's value with what it was computed from, so that every figure can be checked: for a rate, the shipments that met
 * it over those judged (shown as a percentage); for the claims ratio, claims over shipments (per 1,000); for a time,
 * the total over the count (an average). No denominator, no value.
 */
public record KpiValue(Kpi kpi, BigDecimal numerator, BigDecimal denominator) {

    public KpiValue {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.signum() < 0 || denominator.signum() < 0) {
            throw new IllegalArgumentException("A KPI counts nothing negative");
        }
    }

    public static KpiValue of(Kpi kpi, long numerator, long denominator) {
        return new KpiValue(kpi, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** The value in the KPI's unit (percent, per thousand, days), to 4 decimals; empty with nothing judged. */
    public Optional<BigDecimal> value() {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal factor = switch (kpi.unit()) {
            case PERCENT -> BigDecimal.valueOf(100);
            case PER_THOUSAND -> BigDecimal.valueOf(1000);
            case DAYS -> BigDecimal.ONE;
        };
        return Optional.of(numerator.multiply(factor).divide(denominator, 4, RoundingMode.HALF_EVEN));
    }

    public boolean isEmpty() {
        return denominator.signum() == 0;
    }
}
