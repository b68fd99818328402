package org.threepl.portal.application.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.Valuation;

/** How a client's value is found from its invoices or, without any, its contract fees, in the reporting currency. */
class RelationshipComputationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final RelationshipSettings SETTINGS = RelationshipSettings.defaults();
    private static final RelationshipMeasures.Client CLIENT =
            new RelationshipMeasures.Client(1L, "Acme", Instant.parse("2024-01-01T00:00:00Z"));

    private static RelationshipMeasures.Facts facts(
            List<RelationshipMeasures.Contract> contracts, List<RelationshipMeasures.Invoiced> invoices) {
        return new RelationshipMeasures.Facts(
                AS_OF,
                List.of(CLIENT),
                Map.of(1L, contracts),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                invoices.isEmpty() ? Map.of() : Map.of(1L, invoices),
                Map.of(),
                Map.of());
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void invoicesInAnyCurrencyWithARateAddUpAndTheRestIsSaidToBeLeftOut() {
        RelationshipMeasures.Contract c =
                new RelationshipMeasures.Contract(1L, LocalDate.of(2024, 1, 1), null, d("1000"), "EUR", "TRANSPORT");
        Valuation v = RelationshipComputation.valuation(
                CLIENT,
                facts(
                        List.of(c),
                        List.of(
                                new RelationshipMeasures.Invoiced("EUR", d("1000"), d("1000"), d("800"), null),
                                new RelationshipMeasures.Invoiced("GBP", d("1000"), d("0"), d("0"), null),
                                new RelationshipMeasures.Invoiced("XAF", d("999999"), d("0"), d("0"), null))),
                SETTINGS,
                AS_OF);
        assertEquals(Valuation.Source.INVOICES, v.source());
        assertEquals(0, d("2170").compareTo(v.revenue()), "EUR 1,000 + GBP 1,000 at 1.17");
        assertEquals(0, d("375.50").compareTo(v.margin()), "200 known + 1,170 × 15 %");
        assertEquals("XAF", v.unconvertible());
        assertEquals(12, v.months());
    }

    @Test
    void invoicesIssuedBeforeAYoungContractSpreadOverTheMonthsSinceTheFirstOfThem() {
        // the contract began three months ago, but the client was invoiced for ten months: revenue per month is over
        // ten, not three
        RelationshipMeasures.Contract c =
                new RelationshipMeasures.Contract(1L, AS_OF.minusMonths(3), null, d("1000"), "EUR", "TRANSPORT");
        RelationshipMeasures.Client client = new RelationshipMeasures.Client(
                1L,
                "Young",
                AS_OF.minusMonths(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        Valuation v = RelationshipComputation.valuation(
                client,
                facts(
                        List.of(c),
                        List.of(new RelationshipMeasures.Invoiced(
                                "EUR", d("10000"), d("10000"), d("8000"), AS_OF.minusMonths(10)))),
                SETTINGS,
                AS_OF);
        assertEquals(10, v.months());
        Valuation onlySinceContract = RelationshipComputation.valuation(
                client,
                facts(
                        List.of(c),
                        List.of(new RelationshipMeasures.Invoiced(
                                "EUR", d("3000"), d("3000"), d("2400"), AS_OF.minusMonths(2)))),
                SETTINGS,
                AS_OF);
        assertEquals(3, onlySinceContract.months(), "invoices after the contract began: its months count");
    }

    @Test
    void withoutInvoicesTheFeesOfTheMonthsInForceWithinThePeriod() {
        // a contract that began four months before the day: four months of fees (days / 30.4375), and the client's
        // months are four
        LocalDate start = AS_OF.minusMonths(4);
        RelationshipMeasures.Contract c =
                new RelationshipMeasures.Contract(1L, start, null, d("1000"), "GBP", "TRANSPORT");
        RelationshipMeasures.Client fresh =
                new RelationshipMeasures.Client(1L, "New", Instant.parse("2026-07-01T00:00:00Z"));
        Valuation v = RelationshipComputation.valuation(fresh, facts(List.of(c), List.of()), SETTINGS, AS_OF);
        assertEquals(Valuation.Source.CONTRACT_FEES, v.source());
        BigDecimal months = RelationshipComputation.months(start, AS_OF);
        assertEquals(0, d("1170").multiply(months).compareTo(v.revenue()));
        assertEquals(4, v.months());
        assertTrue(InEnglish.of(v.explain()).startsWith("revenue estimated from contract fees"));
    }

    @Test
    void anEndedContractCountsUntilItsLastDayAndNoContractMeansNoValue() {
        RelationshipMeasures.Contract ended = new RelationshipMeasures.Contract(
                1L, LocalDate.of(2025, 1, 1), AS_OF.minusMonths(6).minusDays(1), d("3043.75"), "EUR", "TRANSPORT");
        Valuation v = RelationshipComputation.valuation(CLIENT, facts(List.of(ended), List.of()), SETTINGS, AS_OF);
        assertEquals(
                0,
                d("3043.75")
                        .multiply(RelationshipComputation.months(AS_OF.minusMonths(12), AS_OF.minusMonths(6)))
                        .compareTo(v.revenue()));
        Valuation none = RelationshipComputation.valuation(CLIENT, facts(List.of(), List.of()), SETTINGS, AS_OF);
        assertEquals(Valuation.Source.NONE, none.source());
        assertEquals(0, BigDecimal.ZERO.compareTo(none.revenue()));
    }

    @Test
    void monthsAreCalendarMonthsWithThePartMonthAsAShareOfItsDays() {
        assertEquals(d("12.00"), RelationshipComputation.months(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
        assertEquals(
                d("1.50"),
                RelationshipComputation.months(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 1)),
                "1 + 14 / 28");
        assertEquals(
                d("0.50"),
                RelationshipComputation.months(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16)),
                "15 of April's 30 days");
        assertEquals(
                d("1.00"),
                RelationshipComputation.months(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)),
                "to the month's last day");
        assertEquals(
                d("0.00"),
                RelationshipComputation.months(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)),
                "never negative");
        assertEquals(d("0.00"), RelationshipComputation.months(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)));
    }
}
