package org.threepl.portal.application.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.relationship.ContactCadence;
import org.threepl.portal.domain.model.relationship.CustomerLifetimeValue;
import org.threepl.portal.domain.model.relationship.Lifecycle;
import org.threepl.portal.domain.model.relationship.LifecycleStage;
import org.threepl.portal.domain.model.relationship.RetentionBonds;
import org.threepl.portal.domain.model.relationship.Satisfaction;
import org.threepl.portal.domain.model.relationship.SatisfactionLevel;
import org.threepl.portal.domain.model.relationship.Valuation;
import org.threepl.portal.domain.model.shared.Message;

/**
 * The relationship figures' explanations: kept as messages, read back as written, and told in the reader's language.
 */
class ExplanationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Pattern ENGLISH_WORD =
            Pattern.compile("\\b(?!CLV\\b|SLA\\b|API\\b|VIP\\b|C\\b|max\\b)[A-Za-z]{2,}\\b");

    /** Every kind of explanation the computation writes, in each of its variants. */
    private static List<Message> everyExplanation() {
        List<Message> all = new ArrayList<>();
        ContactCadence.Assessment overdue = ContactCadence.assess(null, null, TODAY.minusDays(200), 30, 90, TODAY);
        ContactCadence.Assessment met =
                ContactCadence.assess(TODAY.minusDays(3), TODAY.minusDays(20), TODAY.minusYears(2), 30, 90, TODAY);
        RetentionBonds.assess(new RetentionBonds.Facts(
                        new BigDecimal("5"), new BigDecimal("1.5"), List.of("Li Wei"), met, 2, 3, 1, null))
                .bonds()
                .forEach(b -> all.add(b.evidence()));
        RetentionBonds.assess(new RetentionBonds.Facts(null, null, null, null, 0, 0, 0, null))
                .bonds()
                .forEach(b -> all.add(b.evidence()));
        all.add(overdue.summary());
        Lifecycle.Window steady = new Lifecycle.Window(100, 100);
        Lifecycle.Window small = new Lifecycle.Window(1, 2);
        Lifecycle.Facts declining = new Lifecycle.Facts(
                30,
                new Lifecycle.Window(20, 100),
                small,
                steady,
                new Lifecycle.Window(5, 1),
                steady,
                true,
                TODAY.plusDays(30),
                SatisfactionLevel.DISSATISFIED,
                TODAY);
        for (Lifecycle.Facts f : List.of(
                declining,
                new Lifecycle.Facts(3, steady, steady, steady, steady, steady, false, null, null, TODAY),
                new Lifecycle.Facts(
                        12, steady, steady, steady, steady, steady, true, null, SatisfactionLevel.SATISFIED, TODAY),
                new Lifecycle.Facts(
                        40, steady, steady, steady, steady, steady, true, TODAY.plusYears(1), null, TODAY))) {
            Lifecycle.Assessment a = Lifecycle.assess(f, Lifecycle.Policy.standard());
            all.add(a.reason());
            a.checks().forEach(c -> all.add(c.detail()));
        }
        Satisfaction.Policy sp = Satisfaction.Policy.standard();
        for (BigDecimal[] parts : new BigDecimal[][] {
            {new BigDecimal("0.9"), new BigDecimal("1.1")},
            {new BigDecimal("0.9"), null},
            {null, new BigDecimal("1.1")},
            {null, null}
        }) {
            all.add(Satisfaction.combine(parts[0], parts[1], sp).formula());
        }
        CustomerLifetimeValue.Policy cp = CustomerLifetimeValue.Policy.standard();
        Valuation mixed = new Valuation(
                new BigDecimal("120000"),
                new BigDecimal("80000"),
                new BigDecimal("60000"),
                new BigDecimal("0.15"),
                Valuation.Source.INVOICES,
                12,
                "XAF");
        all.add(mixed.explain());
        all.add(new Valuation(
                        new BigDecimal("1000"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        new BigDecimal("0.15"),
                        Valuation.Source.CONTRACT_FEES,
                        3,
                        "")
                .explain());
        all.add(Valuation.nothing(new BigDecimal("0.15"), 12).explain());
        for (LifecycleStage stage : LifecycleStage.values()) {
            for (boolean shares : new boolean[] {true, false}) {
                CustomerLifetimeValue.Figure f = CustomerLifetimeValue.of(
                        mixed,
                        CustomerLifetimeValue.churnRate(shares ? 40 : 3, 1, cp),
                        new CustomerLifetimeValue.Client(
                                stage,
                                40,
                                shares ? new BigDecimal("8") : null,
                                120,
                                shares ? 100 : 2,
                                10,
                                shares,
                                shares),
                        cp);
                all.add(f.formula());
                all.add(f.retention().reason());
                f.components().forEach(c -> all.add(c.how()));
            }
        }
        return all;
    }

    @Test
    void everyExplanationReadsBackAsItWasWritten() {
        for (Message m : everyExplanation()) {
            assertEquals(m, Messages.read(Messages.write(m)), m.key());
        }
    }

    @Test
    void aTextStoredBeforeExplanationsWereMessagesShowsAsWritten() {
        Message old = Messages.read("contracts in force until 2027-12-02, within 90 days");
        assertEquals(Messages.VERBATIM, old.key());
        assertEquals("contracts in force until 2027-12-02, within 90 days", InEnglish.of(old));
        assertEquals("{\"key\" but not JSON", InEnglish.of(Messages.read("{\"key\" but not JSON")));
    }

    @Test
    void aChineseReaderReadsEveryExplanationInChinese() {
        Texts zh = new Texts(Locale.SIMPLIFIED_CHINESE);
        Formats formats = new Formats(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"));
        for (Message m : everyExplanation()) {
            String text = Messages.render(m, zh, formats);
            // names written by people (Li Wei) and currency codes are data, not the portal's words
            String words = text.replace("Li Wei", "").replace("XAF", "");
            assertFalse(ENGLISH_WORD.matcher(words).find(), m.key() + ": " + text);
            assertFalse(text.contains("explain."), "a key without text: " + text);
        }
    }

    @Test
    void anEnglishReaderReadsThemInPlainEnglish() {
        for (Message m : everyExplanation()) {
            String text = InEnglish.of(m);
            assertFalse(text.contains("explain.") || text.contains("{"), text);
            assertTrue(text.length() > 3, text);
        }
    }
}
