package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.InEnglish;

/** Bonds derived from the data and recorded by staff; and the contact cadence behind the social bond. */
class RetentionBondsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void withNothingKnownNoBondIsInPlaceAndEachSaysWhy() {
        RetentionBonds b = RetentionBonds.assess(new RetentionBonds.Facts(null, null, null, null, 0, 0, 0, null));
        assertEquals(0, b.inPlace());
        assertEquals(Bond.values().length, b.bonds().size());
        b.bonds()
                .forEach(s -> assertFalse(
                        InEnglish.of(s.evidence()).isBlank(), s.bond().name()));
        for (Bond.Type t : Bond.Type.values()) {
            assertFalse(b.hasInPlace(t));
        }
    }

    @Test
    void everyBondFoundWithItsEvidence() {
        ContactCadence.Assessment met =
                ContactCadence.assess(TODAY.minusDays(10), TODAY.minusDays(30), TODAY.minusYears(2), 30, 90, TODAY);
        RetentionBonds b = RetentionBonds.assess(new RetentionBonds.Facts(
                new BigDecimal("5"),
                new BigDecimal("1.5"),
                List.of("Li Wei"),
                met,
                2,
                3,
                1,
                " Two dedicated racks in Tilbury "));
        assertEquals(Bond.values().length, b.inPlace());
        assertEquals(
                "the tier grants a price incentive of 5 %",
                InEnglish.of(b.bonds().get(0).evidence()));
        assertEquals(
                "a volume discount of 1.5 % is recorded",
                InEnglish.of(b.bonds().get(1).evidence()));
        assertEquals("looked after by Li Wei", InEnglish.of(b.bonds().get(2).evidence()));
        assertTrue(
                InEnglish.of(b.bonds().get(3).evidence()).startsWith("last contact 13 Nov 2026"),
                InEnglish.of(b.bonds().get(3).evidence()));
        assertEquals(
                "API keys used within the last 30 days: 2",
                InEnglish.of(b.bonds().get(4).evidence()));
        assertEquals(
                "customised SLA promises: 3; agreed dispute procedures: 1",
                InEnglish.of(b.bonds().get(5).evidence()));
        assertEquals(
                "Two dedicated racks in Tilbury", InEnglish.of(b.bonds().get(6).evidence()));
        assertTrue(b.has(Bond.SYSTEM_INTEGRATION));
        assertEquals(Bond.Source.RECORDED, Bond.DEDICATED_ASSETS.source());
    }

    @Test
    void customProcessesNeedEitherCustomTermsOrAProcedure() {
        assertTrue(RetentionBonds.assess(new RetentionBonds.Facts(null, null, null, null, 0, 0, 1, null))
                .has(Bond.CUSTOM_PROCESSES));
        assertTrue(RetentionBonds.assess(new RetentionBonds.Facts(null, null, null, null, 0, 1, 0, null))
                .has(Bond.CUSTOM_PROCESSES));
        RetentionBonds structural = RetentionBonds.assess(
                new RetentionBonds.Facts(BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null, 0, 0, 0, "  "));
        assertFalse(structural.hasInPlace(Bond.Type.STRUCTURAL));
        assertFalse(structural.hasInPlace(Bond.Type.FINANCIAL), "0 % is no incentive");
    }

    @Test
    void theCadenceCountsFromTheLastContactOrTheStartOfTheRelationship() {
        LocalDate start = TODAY.minusDays(100);
        ContactCadence.Assessment none = ContactCadence.assess(null, null, start, 30, 90, TODAY);
        assertEquals(start.plusDays(30), none.contactDueOn());
        assertEquals(start.plusDays(90), none.reviewDueOn());
        assertTrue(none.contactOverdue() && none.reviewOverdue());
        assertFalse(none.met());
        assertTrue(InEnglish.of(none.summary()).contains("no contact logged"), InEnglish.of(none.summary()));
        ContactCadence.Assessment dueToday =
                ContactCadence.assess(TODAY.minusDays(30), TODAY.minusDays(90), start, 30, 90, TODAY);
        assertTrue(dueToday.met(), "due today is not overdue");
        ContactCadence.Assessment dayLate =
                ContactCadence.assess(TODAY.minusDays(31), TODAY.minusDays(10), start, 30, 90, TODAY);
        assertTrue(dayLate.contactOverdue());
        assertFalse(dayLate.reviewOverdue());
        assertTrue(InEnglish.of(dayLate.summary()).contains("(overdue)"));
    }

    @Test
    void cadencesArePositive() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ContactCadence.assess(null, null, TODAY, 0, 90, TODAY));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ContactCadence.assess(null, null, TODAY, 30, -1, TODAY));
    }
}
