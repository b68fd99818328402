package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.domain.model.account.AccountFixtures.organisation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.DateRange;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

@DisplayName("ClientContract")
class ClientContractTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final DateRange YEAR_2025 = new DateRange(START, END);
    private static final Set<ServiceType> WAREHOUSING = EnumSet.of(ServiceType.WAREHOUSING);
    private static final Money FEE = Money.of("12500.00", "GBP");

    /** 40 characters: the longest contract number. */
    private static final String FORTY = "X" + "012345678901234567890123456789" + "012345678";

    private static final String FORTY_ONE = FORTY + "9";

    private final Organisation acme = organisation("ACME");

    private ClientContract contract(String number) {
        return new ClientContract(acme, number, YEAR_2025, WAREHOUSING, FEE);
    }

    @Test
    void keepsWhatItWasGiven() {
        ClientContract c = new ClientContract(
                acme, "ACME-2025/001", YEAR_2025, EnumSet.of(ServiceType.WAREHOUSING, ServiceType.TRANSPORT), FEE);
        assertSame(acme, c.organisation());
        assertEquals("ACME-2025/001", c.contractNumber());
        assertEquals(YEAR_2025, c.term());
        assertEquals(EnumSet.of(ServiceType.WAREHOUSING, ServiceType.TRANSPORT), c.services());
        assertEquals(FEE, c.monthlyFee());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is valid")
    @ValueSource(strings = {"AB", "C1", "ACME-2025/001", "acme.2025_01", "9/9", FORTY})
    void acceptsContractNumbersOfTwoTo40Characters(String number) {
        assertEquals(number, contract(number).contractNumber());
    }

    @Test
    void stripsTheContractNumber() {
        assertEquals("C-1", contract("  C-1 ").contractNumber());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "A", "-C1", "/abc", ".abc", "C 1", "C#1", "C,1", "Ç1", FORTY_ONE})
    void refusesOtherContractNumbers(String number) {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> contract(number));
        assertEquals("A contract number is 2 to 40 letters, digits, '/', '.', '_' or '-'", e.getMessage());
        assertEquals("contractNumber", e.field());
    }

    @Test
    void refusesAContractWithoutServices() {
        assertEquals(
                "services",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new ClientContract(
                                        acme, "C-1", YEAR_2025, EnumSet.noneOf(ServiceType.class), FEE))
                        .field());
        assertEquals(
                "services",
                assertThrows(DomainRuleViolation.class, () -> new ClientContract(acme, "C-1", YEAR_2025, null, FEE))
                        .field());
    }

    @Test
    void refusesANegativeFee() {
        DomainRuleViolation e = assertThrows(
                DomainRuleViolation.class,
                () -> new ClientContract(acme, "C-1", YEAR_2025, WAREHOUSING, Money.of("-0.01", "GBP")));
        assertEquals("The monthly fee cannot be negative", e.getMessage());
        assertEquals("monthlyFee", e.field());
    }

    @Test
    void acceptsAZeroFee() {
        ClientContract c = new ClientContract(acme, "C-1", YEAR_2025, WAREHOUSING, Money.of("0", "GBP"));
        assertEquals(Money.of("0.00", "GBP"), c.monthlyFee());
    }

    @Test
    void requiresOrganisationTermAndFee() {
        assertThrows(NullPointerException.class, () -> new ClientContract(null, "C-1", YEAR_2025, WAREHOUSING, FEE));
        assertThrows(NullPointerException.class, () -> new ClientContract(acme, "C-1", null, WAREHOUSING, FEE));
        assertEquals(
                "monthlyFee",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new ClientContract(acme, "C-1", YEAR_2025, WAREHOUSING, null))
                        .field());
    }

    @Test
    void servicesAreCopiedInAndOut() {
        Set<ServiceType> given = EnumSet.of(ServiceType.RETURNS);
        ClientContract c = new ClientContract(acme, "C-1", YEAR_2025, given, FEE);
        given.add(ServiceType.TRANSPORT);
        c.services().add(ServiceType.CUSTOMS_BROKERAGE);
        assertEquals(EnumSet.of(ServiceType.RETURNS), c.services());
    }

    @Test
    void isInForceOnTheDaysOfItsTermIncludingBothEnds() {
        ClientContract c = contract("C-1");
        assertFalse(c.isInForceOn(START.minusDays(1)));
        assertTrue(c.isInForceOn(START));
        assertTrue(c.isInForceOn(LocalDate.of(2025, 7, 1)));
        assertTrue(c.isInForceOn(END));
        assertFalse(c.isInForceOn(END.plusDays(1)));
    }

    @Test
    void anOpenEndedContractIsInForceFromItsStartOn() {
        ClientContract c = new ClientContract(acme, "C-2", new DateRange(START, null), WAREHOUSING, FEE);
        assertFalse(c.isInForceOn(START.minusDays(1)));
        assertTrue(c.isInForceOn(START));
        assertTrue(c.isInForceOn(LocalDate.of(2099, 1, 1)));
    }
}
