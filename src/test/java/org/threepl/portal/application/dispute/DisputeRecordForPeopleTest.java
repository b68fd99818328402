package org.threepl.portal.application.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.PeopleCheck;
import org.threepl.portal.application.export.Shown;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.domain.model.dispute.DisputeState;

/** A dispute record's download for people: each step as the dispute's page shows it. */
class DisputeRecordForPeopleTest {

    private static final ForPeople SHANGHAI =
            new ForPeople(new Formats(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai")));
    private static final Instant AT = Instant.parse("2026-12-02T04:21:18Z");
    private static final List<String> LADDER = List.of("Operations", "Management");

    @Test
    void aStepReadsAsOnThePage() {
        Object[] row = DisputeSteps.forPeople(
                new DisputeSteps.RecordLine(
                        AT,
                        "Fixture key 7",
                        "CREDENTIAL",
                        "PROVIDER",
                        "OFFER",
                        "UNDER_INVESTIGATION",
                        "NEGOTIATION",
                        new BigDecimal("600.0000"),
                        1,
                        null),
                "EUR",
                LADDER,
                SHANGHAI);
        PeopleCheck.assertForPeople(row);
        assertEquals("2026年12月2日 12:21 CST", ((Shown) row[0]).text());
        assertEquals("API 密钥“Fixture key 7”", row[1]);
        assertEquals("3PL", row[2]);
        assertEquals("提出报价", row[3]);
        assertEquals("调查中 → 协商中", row[4]);
        assertEquals("€600.00", ((Shown) row[5]).text());
        assertEquals("Management", row[6], "the level by its name in the procedure");
    }

    @Test
    void everyActionAndStateHasItsWords() {
        for (String action : List.of(
                "FILE",
                "ATTACH",
                "ACKNOWLEDGE",
                "INVESTIGATE",
                "OFFER",
                "ACCEPT_OFFER",
                "REJECT_OFFER",
                "REJECT",
                "CLOSE",
                "WITHDRAW",
                "ESCALATE",
                "REOPEN")) {
            for (DisputeState state : DisputeState.values()) {
                PeopleCheck.assertForPeople(DisputeSteps.forPeople(
                        new DisputeSteps.RecordLine(
                                AT, "system", "SYSTEM", null, action, null, state.name(), null, 5, "a note"),
                        "EUR",
                        LADDER,
                        SHANGHAI));
            }
        }
    }

    @Test
    void theHeadersAreThePagesInChinese() {
        PeopleCheck.assertChineseHeaders(
                SHANGHAI.headers(DisputeSteps.RECORD_PEOPLE_HEADERS), DisputeSteps.RECORD_COLUMNS);
    }
}
