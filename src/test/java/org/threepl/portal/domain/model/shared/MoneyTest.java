package org.threepl.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Money")
class MoneyTest {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Nested
    @DisplayName("rounding")
    class Rounding {

        // BigDecimal.equals compares the scale too, so these also check the number of decimals.
        @ParameterizedTest(name = "{1} {0} is stored as {2}")
        @CsvSource({
            "GBP, 2.345,     2.34",
            "GBP, 2.355,     2.36",
            "GBP, 2.3450001, 2.35",
            "GBP, -2.345,    -2.34",
            "GBP, 7,         7.00",
            "GBP, 0.005,     0.00",
            "GBP, 0.015,     0.02",
            "JPY, 2.5,       2",
            "JPY, 3.5,       4",
            "JPY, 1234.49,   1234",
            "JPY, 100.00,    100",
            "BHD, 1.0005,    1.000",
            "BHD, 1.0015,    1.002",
        })
        void roundsHalfEvenToTheMinorUnitOfTheCurrency(String currency, String raw, String expected) {
            Money money = new Money(new BigDecimal(raw), Currency.getInstance(currency));
            assertEquals(new BigDecimal(expected), money.amount());
        }

        @Test
        @DisplayName("JPY has no decimals, GBP two")
        void scaleFollowsTheCurrency() {
            assertEquals(0, Money.of("100", "JPY").amount().scale());
            assertEquals(2, Money.of("100", "GBP").amount().scale());
        }
    }

    @Nested
    @DisplayName("arithmetic")
    class Arithmetic {

        @Test
        void plusAddsAmountsOfTheSameCurrency() {
            assertEquals(Money.of("11.05", "GBP"), Money.of("10.10", "GBP").plus(Money.of("0.95", "GBP")));
        }

        @Test
        void minusCanGoNegative() {
            Money result = Money.of("1.00", "GBP").minus(Money.of("2.50", "GBP"));
            assertEquals(new BigDecimal("-1.50"), result.amount());
            assertTrue(result.isNegative());
        }

        @Test
        void timesRoundsTheProductHalfEven() {
            assertAll(
                    () -> assertEquals(
                            new BigDecimal("1.75"),
                            Money.of("10.00", "GBP")
                                    .times(new BigDecimal("0.175"))
                                    .amount()),
                    () -> assertEquals(
                            new BigDecimal("0.12"),
                            Money.of("0.25", "GBP").times(new BigDecimal("0.5")).amount()),
                    () -> assertEquals(
                            new BigDecimal("0.18"),
                            Money.of("0.35", "GBP").times(new BigDecimal("0.5")).amount()),
                    () -> assertEquals(
                            new BigDecimal("50"),
                            Money.of("101", "JPY").times(new BigDecimal("0.5")).amount()),
                    () -> assertEquals(
                            new BigDecimal("30.00"),
                            Money.of("10", "EUR").times(new BigDecimal("3")).amount()));
        }

        @Test
        void arithmeticKeepsTheCurrency() {
            assertEquals(EUR, Money.of("1", "EUR").plus(Money.of("2", "EUR")).currency());
            assertEquals(EUR, Money.of("1", "EUR").minus(Money.of("2", "EUR")).currency());
            assertEquals(JPY, Money.of("1", "JPY").times(BigDecimal.TEN).currency());
        }

        @Test
        void zeroIsZeroAtTheCurrencyScaleAndNotNegative() {
            Money zero = Money.zero(GBP);
            assertEquals(new BigDecimal("0.00"), zero.amount());
            assertFalse(zero.isNegative());
            assertEquals(Money.of("3.20", "GBP"), zero.plus(Money.of("3.2", "GBP")));
        }

        @Test
        void compareToOrdersByAmount() {
            assertTrue(Money.of("1.00", "GBP").compareTo(Money.of("2.00", "GBP")) < 0);
            assertTrue(Money.of("2.00", "GBP").compareTo(Money.of("1.99", "GBP")) > 0);
            assertEquals(0, Money.of("2", "GBP").compareTo(Money.of("2.00", "GBP")));
        }
    }

    @Nested
    @DisplayName("refuses to mix currencies")
    class MixedCurrencies {

        private final Money pounds = Money.of("10.00", "GBP");
        private final Money euros = Money.of("10.00", "EUR");

        @Test
        void plus() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pounds.plus(euros));
            assertTrue(e.getMessage().contains("GBP") && e.getMessage().contains("EUR"), e.getMessage());
        }

        @Test
        void minus() {
            assertThrows(IllegalArgumentException.class, () -> pounds.minus(euros));
        }

        @Test
        void compareTo() {
            assertThrows(IllegalArgumentException.class, () -> pounds.compareTo(euros));
        }
    }

    @Nested
    @DisplayName("equality")
    class Equality {

        @Test
        void equalIgnoringTheScaleOfTheInput() {
            Money a = new Money(new BigDecimal("10.5"), EUR);
            Money b = new Money(new BigDecimal("10.500"), EUR);
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
        }

        @Test
        @DisplayName("equal to a value loaded from the scale-4 column, with the same hash code")
        void equalIgnoringTheScaleOfAStoredAmount() throws Exception {
            Money loaded = loadedFromDatabase(new BigDecimal("10.5000"), "EUR");
            Money created = Money.of("10.50", "EUR");
            assertEquals(created, loaded);
            assertEquals(loaded, created);
            assertEquals(created.hashCode(), loaded.hashCode());
        }

        @Test
        void notEqualWithADifferentAmountOrCurrency() {
            Money tenPounds = Money.of("10.00", "GBP");
            assertNotEquals(Money.of("10.01", "GBP"), tenPounds);
            assertNotEquals(Money.of("10.00", "EUR"), tenPounds);
            assertNotEquals(tenPounds, new BigDecimal("10.00"));
            assertNotEquals(null, tenPounds);
        }

        @Test
        void toStringShowsThePlainAmountAndTheCode() {
            assertEquals("12.50 GBP", Money.of("12.5", "GBP").toString());
            assertEquals("1000 JPY", Money.of("1E+3", "JPY").toString());
        }

        /** Simulates what JPA does: the no-arg constructor, then the fields as read from the database. */
        private Money loadedFromDatabase(BigDecimal amount, String currency) throws Exception {
            Constructor<Money> constructor = Money.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Money money = constructor.newInstance();
            set(money, "amount", amount);
            set(money, "currency", currency);
            return money;
        }

        private void set(Object target, String field, Object value) throws Exception {
            Field f = Money.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        }
    }

    @Nested
    @DisplayName("of(amount, code)")
    class Parsing {

        @Test
        void parsesATrimmedAmount() {
            Money money = Money.of("  12.5 ", "GBP");
            assertEquals(new BigDecimal("12.50"), money.amount());
            assertEquals(GBP, money.currency());
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void requiresAnAmount(String amount) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of(amount, "GBP"));
            assertEquals("An amount is required", e.getMessage());
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(strings = {"abc", "12,50", "1.2.3", "£12", "12 GBP", "NaN"})
        void refusesSomethingThatIsNotANumber(String amount) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of(amount, "GBP"));
            assertEquals("Not an amount: " + amount, e.getMessage());
        }

        @Test
        void refusesABadCurrencyCodeNamingIt() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", "gbp"));
            assertTrue(e.getMessage().contains("gbp"), e.getMessage());
        }

        @Test
        void constructorRequiresAmountAndCurrency() {
            assertThrows(NullPointerException.class, () -> new Money(null, GBP));
            assertThrows(NullPointerException.class, () -> new Money(BigDecimal.ONE, null));
        }
    }

    @Nested
    @DisplayName("currency(code)")
    class CurrencyCodes {

        @Test
        void parsesAnIsoCode() {
            assertEquals(EUR, Money.currency("EUR"));
            assertEquals(JPY, Money.currency("JPY"));
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"eur", "Eur", "EU", "EURO", " EUR", "E1R", "XYZ", "QQQ"})
        void refusesAnythingElseNamingTheCode(String code) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.currency(code));
            assertEquals("Not an ISO 4217 currency code: " + code, e.getMessage());
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"eur", "EU", "XYZ"})
        void fromInputRefusesOnTheFieldNamed(String code) {
            DomainRuleViolation e =
                    assertThrows(DomainRuleViolation.class, () -> Money.currency("lines[0].currency", code));
            assertEquals("lines[0].currency", e.field());
            assertEquals("Not an ISO 4217 currency code: " + code, e.getMessage());
        }
    }

    @Nested
    @DisplayName("from input")
    class FromInput {

        @Test
        void aBadCodeIsRefusedOnTheCurrencyField() {
            DomainRuleViolation e = assertThrows(
                    DomainRuleViolation.class, () -> Money.from("fee", new BigDecimal("1"), "currency", "XYZW"));
            assertEquals("currency", e.field());
            assertEquals("Not an ISO 4217 currency code: XYZW", e.getMessage());
            assertEquals(
                    "currency",
                    assertThrows(
                                    DomainRuleViolation.class,
                                    () -> Money.from("fee", new BigDecimal("1"), "currency", null))
                            .field());
        }

        @Test
        void aMissingAmountIsRefusedOnTheAmountField() {
            DomainRuleViolation e =
                    assertThrows(DomainRuleViolation.class, () -> Money.from("fee", null, "currency", "EUR"));
            assertEquals("fee", e.field());
            assertEquals("An amount is required", e.getMessage());
        }

        @Test
        void aGoodAmountIsMoney() {
            assertEquals(Money.of("12.35", "EUR"), Money.from("fee", new BigDecimal("12.346"), "currency", "EUR"));
        }
    }
}
