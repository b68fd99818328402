package org.threepl.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.PeopleCheck;
import org.threepl.portal.application.export.Shown;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.domain.model.security.SecurityEventType;

/**
 * The security log's download for people: the page's columns, event types and actors in words, moments in the reader's
 * zone.
 */
class SecurityLogForPeopleTest {

    private static final ForPeople SHANGHAI =
            new ForPeople(new Formats(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai")));
    private static final Instant AT = Instant.parse("2026-12-02T04:21:18Z");

    @Test
    void everyEventTypeReadsAsOnThePage() {
        for (SecurityEventType type : SecurityEventType.values()) {
            Object[] row = SecurityLogQueries.forPeople(
                    new SecurityLogQueries.Entry(
                            1L,
                            AT,
                            type,
                            "USER",
                            5L,
                            "ops.admin",
                            6L,
                            null,
                            "acme.user",
                            2L,
                            "10.0.0.1",
                            "locked until 2026-12-02T05:21:18Z"),
                    SHANGHAI);
            PeopleCheck.assertForPeople(row);
        }
        Object[] row = SecurityLogQueries.forPeople(
                new SecurityLogQueries.Entry(
                        1L,
                        AT,
                        SecurityEventType.SIGN_IN_SUCCEEDED,
                        "CREDENTIAL",
                        5L,
                        "ERP",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "until 2026-12-02T05:21:18Z"),
                SHANGHAI);
        assertEquals("2026年12月2日 12:21 CST", ((Shown) row[0]).text());
        assertEquals("已登录", row[1]);
        assertEquals("API 密钥“ERP”", row[2]);
        assertTrue(
                ((String) row[5]).contains("2026年12月2日 13:21"),
                "a moment inside the detail in the reader's zone: " + row[5]);
    }

    @Test
    void theHeadersAreThePagesInChinese() {
        PeopleCheck.assertChineseHeaders(
                SHANGHAI.headers(SecurityLogQueries.HEADERS),
                List.of("Time (UTC)", "Event", "Actor kind", "Actor id", "Actor", "Subject", "Address", "Detail"));
    }
}
