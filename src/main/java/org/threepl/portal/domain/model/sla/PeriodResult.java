package org.threepl.portal.domain.model.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threepl.portal.domain.model.shared.Money;

/**
 * One KPI of one term over one period: its value (with numerator and denominator), the status, the performance ratio C
 * and the bonus–malus outcome.
 *
 * <ul>
 *   <li>Status: a closed period is {@code MET} or {@code BREACHED}; a running one is {@code MET} (on track so far) or
 *       {@code AT_RISK}, or {@code EARLY} while it has judged fewer than {@link #MINIMUM_SAMPLE} shipments (two late
 *       deliveries on the second day of a month say nothing about the month); with nothing judged, {@code NO_DATA}.
 *   <li>C, "performance vs promise": actual / target for a KPI where higher is better, target / actual where lower is
 *       better; below 1 the promise is unmet, about 1 met, above 1 exceeded.
 *   <li>Bonus–malus: from the term's bands and the period's share of the contract's monthly fee (a week is 12/52 of a
 *       month); provisional while the period runs, and not shown at all while it is {@code EARLY}; none for a term
 *       without bands.
 * </ul>
 */
public record PeriodResult(
        SlaTerm term,
        LocalDate periodStart,
        LocalDate periodEnd,
        boolean closed,
        KpiValue value,
        Status status,
        BigDecimal performanceRatio,
        BonusMalus.Outcome bonusMalus) {

    public enum Status {
        MET,
        AT_RISK,
        BREACHED,
        EARLY,
        NO_DATA
    }

    /** The shipments a running period must have judged before it is called at risk or priced. */
    public static final int MINIMUM_SAMPLE = 20;

    private static final BigDecimal WEEKS_PER_MONTH =
            BigDecimal.valueOf(52).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_EVEN);

    /** Judges a period; {@code today} decides whether it has closed; {@code monthlyFee} prices the bonus–malus. */
    public static PeriodResult judge(
            SlaTerm term, LocalDate periodStart, KpiValue value, LocalDate today, Money monthlyFee) {
        Objects.requireNonNull(term, "term");
        if (value.kpi() != term.kpi()) {
            throw new IllegalArgumentException(
                    "A value of " + value.kpi() + " cannot be judged against a term for " + term.kpi());
        }
        LocalDate end = term.period().endExclusive(periodStart);
        boolean closed = !today.isBefore(end);
        Optional<BigDecimal> actual = value.value();
        if (actual.isEmpty()) {
            return new PeriodResult(term, periodStart, end, closed, value, Status.NO_DATA, null, null);
        }
        BigDecimal v = actual.get();
        BigDecimal ratio = ratio(term, v);
        boolean meets = term.kpi().higherIsBetter() ? v.compareTo(term.target()) >= 0 : v.compareTo(term.target()) <= 0;
        if (!closed && value.denominator().compareTo(BigDecimal.valueOf(MINIMUM_SAMPLE)) < 0) {
            // too few to call it at risk or to price it: on track so far, or too early to tell
            return new PeriodResult(
                    term, periodStart, end, false, value, meets ? Status.MET : Status.EARLY, ratio, null);
        }
        Status status = meets ? Status.MET : closed ? Status.BREACHED : Status.AT_RISK;
        Money fee = term.period() == MeasurementPeriod.MONTH
                ? monthlyFee
                : new Money(
                        monthlyFee.amount().divide(WEEKS_PER_MONTH, 10, RoundingMode.HALF_EVEN), monthlyFee.currency());
        BonusMalus bands = term.bonusMalus();
        BonusMalus.Outcome money = bands.bonusThreshold() == null && bands.penaltyThreshold() == null
                ? null
                : bands.apply(term.kpi(), v, fee); // no bands: no money attached
        return new PeriodResult(term, periodStart, end, closed, value, status, ratio, money);
    }

    /**
     * C as the relationship's satisfaction counts the period: C itself, or 1 when a lower-is-better KPI was 0 (no
     * damage, no claim: nothing went wrong, so the promise was met, though C has no finite value); null without a
     * figure.
     */
    public BigDecimal promiseRatio() {
        if (performanceRatio != null) {
            return performanceRatio;
        }
        boolean perfect = !term.kpi().higherIsBetter()
                && value.value().map(v -> v.signum() == 0).orElse(false);
        return perfect ? BigDecimal.ONE : null;
    }

    private static BigDecimal ratio(SlaTerm term, BigDecimal actual) {
        if (term.kpi().higherIsBetter()) {
            return term.target().signum() == 0 ? null : actual.divide(term.target(), 4, RoundingMode.HALF_EVEN);
        }
        if (actual.signum() == 0) {
            return null; // nothing went wrong at all: no finite ratio; shown as exceeded
        }
        return term.target().divide(actual, 4, RoundingMode.HALF_EVEN);
    }
}
