package org.threepl.portal.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

class InvoiceTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 10, 31);
    private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");

    static InvoiceContent.LineDraft line(int no, String type, String amount) {
        return new InvoiceContent.LineDraft(
                no, type, type + " " + no, null, null, null, amount == null ? null : new BigDecimal(amount), null);
    }

    static InvoiceContent.Draft draft(String currency, List<InvoiceContent.LineDraft> lines) {
        return new InvoiceContent.Draft(null, ISSUED, ISSUED.plusDays(30), currency, null, null, lines);
    }

    /** The fields of every problem of a refused draft. */
    static Map<String, String> problems(InvoiceContent.Draft d) {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> InvoiceContent.check(d, List.of()));
        return v.problems().stream()
                .collect(Collectors.toMap(
                        DomainRuleViolation.Problem::field,
                        DomainRuleViolation.Problem::message,
                        (a, b) -> a + " | " + b));
    }

    @Test
    void theTotalIsTheSumOfTheLinesInTheInvoicesCurrency() {
        InvoiceContent c = InvoiceContent.check(
                draft(
                        "EUR",
                        List.of(
                                line(1, "FREIGHT", "1200.00"),
                                line(2, "FUEL_SURCHARGE", "96.5"),
                                line(3, "CREDIT", "-50"))),
                List.of());
        assertEquals(Money.of("1246.50", "EUR"), c.total());
        Invoice i = new Invoice(7L, "INV-2026-10", c, "SAP", NOW);
        assertEquals(Money.of("1246.50", "EUR"), i.total());
        assertEquals(
                List.of(1, 2, 3), i.lines().stream().map(InvoiceLine::lineNo).toList());
        assertEquals(Money.of("96.50", "EUR"), i.lines().get(1).amount());
        assertTrue(i.cost().isEmpty() && i.margin().isEmpty(), "no cost sent: no margin");
    }

    @Test
    void aDeclaredTotalMustBeTheSumOfTheLines() {
        var lines = List.of(line(1, "FREIGHT", "100.00"), line(2, "STORAGE", "20.00"));
        assertEquals(
                Money.of("120", "EUR"),
                InvoiceContent.check(
                                new InvoiceContent.Draft(
                                        null, ISSUED, ISSUED, "EUR", new BigDecimal("120.0000"), null, lines),
                                List.of())
                        .total());
        Map<String, String> p =
                problems(new InvoiceContent.Draft(null, ISSUED, ISSUED, "EUR", new BigDecimal("125"), null, lines));
        assertTrue(p.get("total").contains("add up to 120 EUR, not 125"), p.toString());
    }

    @Test
    void quantityTimesUnitPriceIsRoundedHalfEvenToTheCurrencysMinorUnit() {
        // 3 × 12.345 = 37.035 → 37.04 (half-even rounds to the even digit 4); 5 × 0.0125 = 0.0625 → 0.06
        var lines = List.of(
                new InvoiceContent.LineDraft(
                        1, "HANDLING", "Picks", null, new BigDecimal("3"), new BigDecimal("12.345"), null, null),
                new InvoiceContent.LineDraft(
                        2, "FUEL_SURCHARGE", "Fuel", null, new BigDecimal("5"), new BigDecimal("0.0125"), null, "EUR"));
        InvoiceContent c = InvoiceContent.check(draft("EUR", lines), List.of());
        assertEquals(new BigDecimal("37.04"), c.lines().get(0).amount());
        assertEquals(new BigDecimal("0.06"), c.lines().get(1).amount());
        // yen have no minor unit: 3 × 333.5 = 1000.5 → 1000
        InvoiceContent yen = InvoiceContent.check(
                draft(
                        "JPY",
                        List.of(new InvoiceContent.LineDraft(
                                1,
                                "STORAGE",
                                "Pallets",
                                null,
                                new BigDecimal("3"),
                                new BigDecimal("333.5"),
                                null,
                                null))),
                List.of());
        assertEquals(Money.of("1000", "JPY"), yen.total());
    }

    @Test
    void anAmountThatIsNotQuantityTimesUnitPriceOrHasTooManyDecimalsIsRefusedSayingWhy() {
        Map<String, String> p = problems(draft(
                "EUR",
                List.of(
                        new InvoiceContent.LineDraft(
                                1,
                                "HANDLING",
                                "Picks",
                                null,
                                new BigDecimal("3"),
                                new BigDecimal("12.345"),
                                new BigDecimal("37.00"),
                                null),
                        line(2, "FREIGHT", "10.005"))));
        assertEquals("3 × 12.345 = 37.035, which rounds to 37.04 EUR; the line says 37", p.get("lines[0].amount"));
        assertTrue(p.get("lines[1].amount").contains("more decimal places than EUR has (2)"), p.toString());
        assertTrue(problems(draft("JPY", List.of(line(1, "FREIGHT", "10.5"))))
                .get("lines[0].amount")
                .contains("JPY has (0)"));
    }

    @Test
    void everyBadLineIsReportedAtOnceByItsFieldAndIndex() {
        Map<String, String> p = problems(draft(
                "EUR",
                List.of(
                        line(1, "FREIGHT", "100"),
                        line(1, "FREIGHT", "100"),
                        line(0, "STORAGE", "5"),
                        line(4, "TELEPORTATION", "5"),
                        new InvoiceContent.LineDraft(5, "OTHER", " ", null, null, null, new BigDecimal("5"), "USD"),
                        new InvoiceContent.LineDraft(6, "OTHER", "Half", null, new BigDecimal("2"), null, null, null),
                        line(7, "CREDIT", "20"),
                        line(8, "ACCESSORIAL", "-20"),
                        line(9, "FREIGHT", null))));
        assertEquals(
                Set.of(
                        "lines[1].lineNo",
                        "lines[2].lineNo",
                        "lines[3].chargeType",
                        "lines[4].description",
                        "lines[4].currency",
                        "lines[5].unitPrice",
                        "lines[6].amount",
                        "lines[7].amount",
                        "lines[8].amount"),
                p.keySet(),
                p.toString());
        assertTrue(p.get("lines[1].lineNo").contains("already used by lines[0]"));
        assertTrue(p.get("lines[3].chargeType").contains("CREDIT"), "lists the allowed types");
        assertTrue(p.get("lines[4].currency").contains("in USD but the invoice is in EUR"));
        assertEquals("A CREDIT line is negative", p.get("lines[6].amount"));
        assertTrue(p.get("lines[7].amount").contains("a reduction is a CREDIT line"));
    }

    @Test
    void theInvoiceItselfIsChecked() {
        Map<String, String> p = problems(new InvoiceContent.Draft(
                null, ISSUED, ISSUED.minusDays(1), "EURO", null, new BigDecimal("-1"), List.of()));
        assertEquals(Set.of("dueOn", "currency", "lines", "cost"), p.keySet(), p.toString());
        assertTrue(problems(
                        new InvoiceContent.Draft(null, null, null, "EUR", null, null, List.of(line(1, "FREIGHT", "1"))))
                .keySet()
                .containsAll(Set.of("issuedOn", "dueOn")));
        assertTrue(problems(draft("EUR", List.of(line(1, "FREIGHT", "10"), line(2, "CREDIT", "-11"))))
                .get("total")
                .contains("not negative"));
        List<InvoiceContent.LineDraft> many = new ArrayList<>();
        for (int i = 1; i <= InvoiceContent.MAX_LINES + 1; i++) {
            many.add(line(i, "FREIGHT", "1"));
        }
        assertTrue(problems(draft("EUR", many)).containsKey("lines"));
        assertThrows(
                DomainRuleViolation.class,
                () -> new Invoice(
                        1L,
                        "bad number!",
                        InvoiceContent.check(draft("EUR", List.of(line(1, "FREIGHT", "1"))), List.of()),
                        "x",
                        NOW));
        assertTrue(Invoice.numberProblem("INV/2026.10_a-1").isEmpty());
        assertTrue(Invoice.numberProblem("-INV").isPresent());
        assertTrue(Invoice.numberProblem("X".repeat(41)).isPresent());
    }

    @Test
    void problemsFoundBeforeAreReportedWithTheOthers() {
        DomainRuleViolation v = assertThrows(
                DomainRuleViolation.class,
                () -> InvoiceContent.check(
                        draft("EUR", List.of(line(1, "FREIGHT", "1"))),
                        List.of(DomainRuleViolation.Problem.of(
                                "lines[0].shipmentReference",
                                "rule.invoice.shipment.unknown",
                                "No shipment {0} of {1}",
                                "X",
                                "ACME"))));
        assertEquals("lines[0].shipmentReference", v.field());
    }

    @Test
    void costAndMarginAreKeptInTheInvoicesCurrency() {
        InvoiceContent c = InvoiceContent.check(
                new InvoiceContent.Draft(
                        null,
                        ISSUED,
                        ISSUED,
                        "GBP",
                        null,
                        new BigDecimal("700.10"),
                        List.of(line(1, "FREIGHT", "1000"))),
                List.of());
        Invoice i = new Invoice(1L, "A-1", c, null, NOW);
        assertEquals(Money.of("700.10", "GBP"), i.cost().orElseThrow());
        assertEquals(Money.of("299.90", "GBP"), i.margin().orElseThrow());
        assertEquals("api", i.sourceSystem(), "a default when the sender names no system");
    }

    @Test
    void theSameContentSentAgainChangesNothing() {
        InvoiceContent c = InvoiceContent.check(
                draft("EUR", List.of(line(1, "FREIGHT", "100.00"), line(2, "STORAGE", "20"))), List.of());
        Invoice i = new Invoice(1L, "A-1", c, "SAP", NOW);
        InvoiceContent again = InvoiceContent.check(
                draft("EUR", List.of(line(2, "STORAGE", "20.0000"), line(1, "FREIGHT", "100"))), List.of());
        assertEquals(c, again, "amounts compare by value, lines by number");
        assertFalse(i.revise(again, Set.of(), "SAP", NOW.plusSeconds(60)));
        assertEquals(NOW, i.receivedAt());
    }

    @Test
    void aRevisionKeepsEachLineByItsNumberAddsAndRemovesLines() throws Exception {
        Invoice i = new Invoice(
                1L,
                "A-1",
                InvoiceContent.check(
                        draft(
                                "EUR",
                                List.of(line(1, "FREIGHT", "100"), line(2, "STORAGE", "20"), line(3, "OTHER", "5"))),
                        List.of()),
                "SAP",
                NOW);
        ids(i, 11L, 12L, 13L);
        InvoiceLine second = i.lines().get(1);
        assertTrue(i.revise(
                InvoiceContent.check(
                        draft(
                                "EUR",
                                List.of(line(1, "FREIGHT", "100"), line(2, "STORAGE", "25"), line(4, "HANDLING", "7"))),
                        List.of()),
                Set.of(),
                "SAP",
                NOW.plusSeconds(60)));
        assertEquals(
                List.of(1, 2, 4),
                i.lines().stream().map(InvoiceLine::lineNo).sorted().toList());
        assertTrue(i.lines().contains(second), "line 2 is the same line, changed");
        assertEquals(Money.of("25", "EUR"), second.amount());
        assertEquals(Money.of("132", "EUR"), i.total());
        assertEquals(NOW.plusSeconds(60), i.receivedAt());
    }

    @Test
    void aContestedLineCannotChangeOrGoNorTheCurrency() throws Exception {
        Invoice i = new Invoice(
                1L,
                "A-1",
                InvoiceContent.check(
                        draft("EUR", List.of(line(1, "FREIGHT", "100"), line(2, "STORAGE", "20"))), List.of()),
                "SAP",
                NOW);
        ids(i, 11L, 12L);
        Set<Long> contested = Set.of(12L);
        DomainRuleViolation changed = assertThrows(
                DomainRuleViolation.class,
                () -> i.revise(
                        InvoiceContent.check(
                                draft("EUR", List.of(line(1, "FREIGHT", "100"), line(2, "STORAGE", "15"))), List.of()),
                        contested,
                        "SAP",
                        NOW));
        assertTrue(
                changed.getMessage().contains("Line 2 is contested by a dispute: it cannot be changed"),
                changed.getMessage());
        DomainRuleViolation removed = assertThrows(
                DomainRuleViolation.class,
                () -> i.revise(
                        InvoiceContent.check(draft("EUR", List.of(line(1, "FREIGHT", "100"))), List.of()),
                        contested,
                        "SAP",
                        NOW));
        assertTrue(removed.getMessage().contains("cannot be removed"), removed.getMessage());
        DomainRuleViolation currency = assertThrows(
                DomainRuleViolation.class,
                () -> i.revise(
                        InvoiceContent.check(
                                draft("USD", List.of(line(1, "FREIGHT", "100"), line(2, "STORAGE", "20"))), List.of()),
                        contested,
                        "SAP",
                        NOW));
        assertEquals("currency", currency.field());
        assertEquals(Money.of("120", "EUR"), i.total(), "nothing changed");
        // the uncontested line may change, and a credit may be added
        assertTrue(i.revise(
                InvoiceContent.check(
                        draft(
                                "EUR",
                                List.of(line(1, "FREIGHT", "90"), line(2, "STORAGE", "20"), line(3, "CREDIT", "-20"))),
                        List.of()),
                contested,
                "SAP",
                NOW));
        assertEquals(Money.of("90", "EUR"), i.total());
    }

    /** Gives the lines the ids the database would. */
    private static void ids(Invoice invoice, Long... ids) throws Exception {
        Field f = InvoiceLine.class.getDeclaredField("id");
        f.setAccessible(true);
        List<InvoiceLine> lines = invoice.lines();
        for (int n = 0; n < ids.length; n++) {
            f.set(lines.get(n), ids[n]);
        }
    }

    @Test
    void chargeTypesParseInAnyCase() {
        assertEquals(
                ChargeType.FUEL_SURCHARGE, ChargeType.parse(" fuel_surcharge ").orElseThrow());
        assertTrue(ChargeType.parse("FUEL").isEmpty());
        assertTrue(ChargeType.parse(null).isEmpty());
    }

    @Test
    void taxComesOnTopOfTheLinesInTheCurrencysMinorUnitAndAPaymentFollowsTheIssue() {
        var lines = List.of(line(1, "FREIGHT", "1000.00"), line(2, "STORAGE", "100"));
        InvoiceContent c = InvoiceContent.check(
                new InvoiceContent.Draft(
                        null,
                        ISSUED,
                        ISSUED.plusDays(30),
                        "EUR",
                        null,
                        null,
                        lines,
                        new BigDecimal("209.00"),
                        ISSUED.plusDays(12)),
                List.of());
        Invoice i = new Invoice(7L, "INV-TAX", c, "SAP", NOW);
        assertEquals(Money.of("1100", "EUR"), i.total());
        assertEquals(Money.of("209", "EUR"), i.tax());
        assertEquals(Money.of("1309", "EUR"), i.gross());
        assertEquals(InvoiceStatus.PAID, i.status(ISSUED.plusDays(60), Money.of("0", "EUR")));
        assertEquals(c, i.content(), "the tax and the payment are part of what the invoice says");
        assertTrue(
                i.revise(
                        InvoiceContent.check(
                                new InvoiceContent.Draft(
                                        null,
                                        ISSUED,
                                        ISSUED.plusDays(30),
                                        "EUR",
                                        null,
                                        null,
                                        lines,
                                        new BigDecimal("209"),
                                        null),
                                List.of()),
                        java.util.Collections.emptySet(),
                        "SAP",
                        NOW),
                "a payment withdrawn is a change");
        assertEquals(InvoiceStatus.OVERDUE, i.status(ISSUED.plusDays(31), Money.of("0", "EUR")));

        Map<String, String> p = problems(new InvoiceContent.Draft(
                null,
                ISSUED,
                ISSUED.plusDays(30),
                "JPY",
                null,
                null,
                List.of(line(1, "FREIGHT", "1000")),
                new BigDecimal("0.5"),
                ISSUED.minusDays(1)));
        assertTrue(p.get("tax").contains("more decimal places than JPY"), p.toString());
        assertTrue(
                p.get("paidOn").contains("not paid (" + ISSUED.minusDays(1) + ") before it is issued"), p.toString());
        assertEquals(
                "Tax is not negative",
                problems(new InvoiceContent.Draft(
                                null, ISSUED, ISSUED, "EUR", null, null, lines, new BigDecimal("-1"), null))
                        .get("tax"));
    }
}
