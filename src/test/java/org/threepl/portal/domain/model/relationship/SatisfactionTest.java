package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * C = perceived / expected per dimension and overall, the four levels, the combination with the SLA ratio, the survey's
 * life.
 */
class SatisfactionTest {

    private static final Satisfaction.Policy POLICY = Satisfaction.Policy.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Actor AM = Actor.user(5, "am.lee");
    private static final Actor CLIENT_ADMIN = Actor.user(9, "acme.admin");

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** Every dimension with the same expectation and perception. */
    static List<SurveyAnswer> all(int expected, int perceived) {
        List<SurveyAnswer> a = new ArrayList<>();
        for (SurveyDimension dim : SurveyDimension.values()) {
            a.add(new SurveyAnswer(dim, expected, perceived));
        }
        return a;
    }

    @Test
    void cIsPerceivedOverExpected() {
        assertEquals(d("0.8333"), new SurveyAnswer(SurveyDimension.ON_TIME, 6, 5).c());
        assertEquals(d("1.4000"), new SurveyAnswer(SurveyDimension.ON_TIME, 5, 7).c());
        assertEquals(d("0.0000"), new SurveyAnswer(SurveyDimension.ON_TIME, 7, 0).c());
        assertEquals(
                d("7.0000"),
                new SurveyAnswer(SurveyDimension.ON_TIME, 1, 7).c(),
                "the extreme: expected least, got most");
    }

    @Test
    void aSurveysCIsTheMeanOfItsDimensions() {
        List<SurveyAnswer> a = new ArrayList<>(all(5, 5));
        a.set(0, new SurveyAnswer(SurveyDimension.ON_TIME, 6, 3)); // 0.5
        a.set(1, new SurveyAnswer(SurveyDimension.CONDITION, 4, 6)); // 1.5
        assertEquals(d("1.0000"), Satisfaction.surveyC(a), "(0.5 + 1.5 + 1 + 1 + 1) / 5");
        assertEquals(d("0.0000"), Satisfaction.surveyC(all(7, 0)));
    }

    @Test
    void everyDimensionIsAnsweredOnce() {
        List<SurveyAnswer> missing = new ArrayList<>(all(5, 5));
        missing.remove(4);
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> Satisfaction.surveyC(missing));
        assertTrue(e.getMessage().contains("RESPONSIVENESS"), e.getMessage());
        assertEquals("answers", e.field());
        List<SurveyAnswer> twice = new ArrayList<>(all(5, 5));
        twice.add(new SurveyAnswer(SurveyDimension.ON_TIME, 3, 3));
        assertThrows(DomainRuleViolation.class, () -> Satisfaction.surveyC(twice));
        assertThrows(DomainRuleViolation.class, () -> Satisfaction.surveyC(List.of()));
    }

    @Test
    void answersStayOnTheSevenPointScale() {
        assertThrows(
                DomainRuleViolation.class,
                () -> new SurveyAnswer(SurveyDimension.ON_TIME, 0, 3),
                "nothing expected cannot be divided by");
        assertEquals(
                "expected",
                assertThrows(DomainRuleViolation.class, () -> new SurveyAnswer(SurveyDimension.ON_TIME, 8, 3))
                        .field());
        assertThrows(DomainRuleViolation.class, () -> new SurveyAnswer(SurveyDimension.ON_TIME, 3, -1));
        assertEquals(
                "perceived",
                assertThrows(DomainRuleViolation.class, () -> new SurveyAnswer(SurveyDimension.ON_TIME, 3, 8))
                        .field());
        assertThrows(NullPointerException.class, () -> new SurveyAnswer(null, 3, 3));
    }

    @ParameterizedTest(name = "C {0} is {1}")
    @CsvSource({
        "0, UNMET",
        "0.0001, DISSATISFIED",
        "0.9499, DISSATISFIED",
        "0.95, SATISFIED",
        "1, SATISFIED",
        "1.05, SATISFIED",
        "1.0501, HIGHLY_SATISFIED",
        "7, HIGHLY_SATISFIED"
    })
    void theFourLevelsWithTheToleranceBand(String c, SatisfactionLevel level) {
        assertEquals(level, Satisfaction.level(new BigDecimal(c), POLICY));
    }

    @Test
    void aToleranceOfZeroLeavesOnlyExactlyOneSatisfied() {
        Satisfaction.Policy exact = new Satisfaction.Policy(d("1"), d("1"), BigDecimal.ZERO, d("0.01"), 180);
        assertEquals(SatisfactionLevel.DISSATISFIED, Satisfaction.level(d("0.9999"), exact));
        assertEquals(SatisfactionLevel.SATISFIED, Satisfaction.level(d("1.0000"), exact));
        assertEquals(SatisfactionLevel.HIGHLY_SATISFIED, Satisfaction.level(d("1.0001"), exact));
    }

    @Test
    void theSurveyAndTheSlaRatioCombineByTheirWeights() {
        Satisfaction.Figure f = Satisfaction.combine(d("0.9"), d("1.1"), POLICY);
        assertEquals(d("0.9800"), f.value(), "0.6 × 0.9 + 0.4 × 1.1");
        assertEquals(SatisfactionLevel.SATISFIED, f.level());
        assertTrue(
                InEnglish.of(f.formula()).contains("0.6 × survey C 0.9 + 0.4 × SLA ratio 1.1"),
                InEnglish.of(f.formula()));
        assertEquals(d("0.9000"), Satisfaction.combine(d("0.9"), null, POLICY).value(), "only the survey");
        assertEquals(d("1.1000"), Satisfaction.combine(null, d("1.1"), POLICY).value(), "only the SLA");
        Satisfaction.Figure none = Satisfaction.combine(null, null, POLICY);
        assertNull(none.value());
        assertNull(none.level());
        assertEquals("no survey answered and no SLA figures", InEnglish.of(none.formula()));
    }

    @Test
    void anExtremePartIsCappedAtTwo() {
        Satisfaction.Figure f = Satisfaction.combine(d("7"), d("0.5"), POLICY);
        assertEquals(d("1.4000"), f.value(), "0.6 × 2 + 0.4 × 0.5");
        assertEquals(d("7"), f.surveyC(), "the part itself is shown as it is");
    }

    @Test
    void policiesAreChecked() {
        assertThrows(
                DomainRuleViolation.class,
                () -> new Satisfaction.Policy(BigDecimal.ZERO, BigDecimal.ZERO, d("0.05"), d("0.01"), 180));
        assertThrows(
                DomainRuleViolation.class, () -> new Satisfaction.Policy(d("-1"), d("1"), d("0.05"), d("0.01"), 180));
        assertThrows(
                DomainRuleViolation.class, () -> new Satisfaction.Policy(d("1"), d("1"), d("0.6"), d("0.01"), 180));
        Satisfaction.Figure slaOnly = Satisfaction.combine(
                d("0.5"), d("1.2"), new Satisfaction.Policy(BigDecimal.ZERO, d("1"), d("0.05"), d("0.01"), 180));
        assertEquals(d("1.2000"), slaOnly.value(), "a survey weighted 0 does not count");
    }

    @Test
    void theSlaRatioHasABandOfItsOwn() {
        // 91.5 % against a target of 96 %: C = 0.9531, within the survey's 5 % but a promise broken
        Satisfaction.Figure month = Satisfaction.combine(null, d("0.9531"), POLICY);
        assertEquals(SatisfactionLevel.DISSATISFIED, month.level());
        assertEquals(
                SatisfactionLevel.SATISFIED,
                Satisfaction.combine(null, d("0.99"), POLICY).level(),
                "boundary");
        assertEquals(
                SatisfactionLevel.DISSATISFIED,
                Satisfaction.combine(null, d("0.9899"), POLICY).level());
        assertEquals(
                SatisfactionLevel.HIGHLY_SATISFIED,
                Satisfaction.combine(null, d("1.0101"), POLICY).level());
        assertEquals(
                SatisfactionLevel.SATISFIED,
                Satisfaction.combine(d("0.9531"), null, POLICY).level(),
                "a survey keeps the 5 % band");
        // both: the band weighted as the parts, (0.6 × 0.05 + 0.4 × 0.01) / 1 = 0.034
        assertEquals(
                SatisfactionLevel.SATISFIED,
                Satisfaction.combine(d("0.966"), d("0.966"), POLICY).level());
        assertEquals(
                SatisfactionLevel.DISSATISFIED,
                Satisfaction.combine(d("0.965"), d("0.965"), POLICY).level());
    }

    @Test
    void anOldSurveyWeighsLessAndTheFormulaSaysSo() {
        Satisfaction.Figure fresh = Satisfaction.combine(d("1.2"), 0, d("0.9"), POLICY);
        assertEquals(d("1.0800"), fresh.value(), "0.6 × 1.2 + 0.4 × 0.9");
        Satisfaction.Figure halfYear = Satisfaction.combine(d("1.2"), 180, d("0.9"), POLICY);
        assertEquals(d("1.0286"), halfYear.value(), "(0.3 × 1.2 + 0.4 × 0.9) / 0.7");
        String text = InEnglish.of(halfYear.formula());
        assertTrue(text.contains("0.3 × survey C 1.2"), text);
        assertTrue(text.contains("180 days old, weighs 0.3 instead of 0.6 (halved every 180 days)"), text);
        Satisfaction.Figure year = Satisfaction.combine(d("1.2"), 360, d("0.9"), POLICY);
        assertEquals(d("0.9818"), year.value(), "(0.15 × 1.2 + 0.4 × 0.9) / 0.55");
        assertEquals(
                d("1.2000"),
                Satisfaction.combine(d("1.2"), 360, null, POLICY).value(),
                "alone, an old survey is still the figure");
        Satisfaction.Policy never = new Satisfaction.Policy(d("0.6"), d("0.4"), d("0.05"), d("0.01"), 0);
        assertEquals(
                d("1.0800"),
                Satisfaction.combine(d("1.2"), 900, d("0.9"), never).value(),
                "0: no decay");
        assertTrue(!InEnglish.of(fresh.formula()).contains("days old"), "a survey of today is not called old");
    }

    @Test
    void theNewBandsAreBounded() {
        assertThrows(
                DomainRuleViolation.class, () -> new Satisfaction.Policy(d("1"), d("1"), d("0.05"), d("-0.01"), 180));
        assertThrows(
                DomainRuleViolation.class, () -> new Satisfaction.Policy(d("1"), d("1"), d("0.05"), d("0.51"), 180));
        assertThrows(
                DomainRuleViolation.class, () -> new Satisfaction.Policy(d("1"), d("1"), d("0.05"), d("0.01"), -1));
        assertThrows(
                DomainRuleViolation.class, () -> new Satisfaction.Policy(d("1"), d("1"), d("0.05"), d("0.01"), 3651));
        new Satisfaction.Policy(d("1"), d("1"), d("0.05"), d("0.5"), 3650);
    }

    @Test
    void aSurveyIsAnsweredOnceAndThenStaysAsItWas() {
        SatisfactionSurvey s = new SatisfactionSurvey(1L, " Q4 2026 ", TODAY.plusDays(14), AM, NOW, TODAY);
        assertEquals("Q4 2026", s.title());
        assertEquals(SatisfactionSurvey.State.OPEN, s.state());
        s.answer(all(6, 6), "  Good year  ", CLIENT_ADMIN, NOW);
        assertEquals(SatisfactionSurvey.State.ANSWERED, s.state());
        assertEquals(d("1.0000"), s.surveyC());
        assertEquals("Good year", s.comment());
        assertEquals(5, s.answers().size());
        DomainRuleViolation again =
                assertThrows(DomainRuleViolation.class, () -> s.answer(all(1, 7), null, CLIENT_ADMIN, NOW));
        assertTrue(again.getMessage().contains("answered"), again.getMessage());
        assertThrows(DomainRuleViolation.class, s::withdraw);
        assertEquals(d("1.0000"), s.surveyC());
    }

    @Test
    void anIncompleteAnswerChangesNothing() {
        SatisfactionSurvey s = new SatisfactionSurvey(1L, "Q4", TODAY, AM, NOW, TODAY);
        assertThrows(DomainRuleViolation.class, () -> s.answer(all(5, 5).subList(0, 3), null, CLIENT_ADMIN, NOW));
        assertEquals(SatisfactionSurvey.State.OPEN, s.state());
        assertTrue(s.answers().isEmpty());
    }

    @Test
    void aWithdrawnSurveyCannotBeAnswered() {
        SatisfactionSurvey s = new SatisfactionSurvey(1L, "Q4", TODAY.plusDays(1), AM, NOW, TODAY);
        s.withdraw();
        assertThrows(DomainRuleViolation.class, () -> s.answer(all(5, 5), null, CLIENT_ADMIN, NOW));
        assertThrows(DomainRuleViolation.class, s::withdraw);
    }

    @Test
    void surveysAreDueWithinNinetyDaysAndMayBeOverdue() {
        assertEquals(
                "dueOn",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new SatisfactionSurvey(1L, "Q4", TODAY.minusDays(1), AM, NOW, TODAY))
                        .field());
        assertEquals(
                "dueOn",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new SatisfactionSurvey(1L, "Q4", TODAY.plusDays(91), AM, NOW, TODAY))
                        .field());
        assertEquals(
                "title",
                assertThrows(DomainRuleViolation.class, () -> new SatisfactionSurvey(1L, " ", TODAY, AM, NOW, TODAY))
                        .field());
        SatisfactionSurvey s = new SatisfactionSurvey(1L, "Q4", TODAY.plusDays(90), AM, NOW, TODAY);
        assertTrue(!s.overdue(TODAY.plusDays(90)) && s.overdue(TODAY.plusDays(91)));
    }
}
