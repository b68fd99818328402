package org.threepl.portal.it.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * The tracking events on the test PostgreSQL, partitioned by month (V33_2): an event of a month without its partition
 * waits in the default partition until the housekeeping makes that month's, which also keeps the months ahead ready; a
 * sender's event id stays a duplicate whatever time it is sent again with, also once its month has been archived
 * (detached).
 */
@ExtendWith(ArquillianExtension.class)
class TrackingEventPartitionsIT {

    /** A month no other test sends events for, so that nobody makes its partition before this test looks. */
    private static final String OLD_MONTH = "1999-05";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String event(String reference, String id, String at) {
        return "{\"events\":[{\"shipmentReference\":\"" + reference + "\",\"eventId\":\"" + id
                + "\",\"sourceSystem\":\"TMS\",\"statusCode\":\"X6\",\"occurredAt\":\"" + at
                + "\",\"zone\":\"Europe/Berlin\",\"location\":\"Hamburg\"}]}";
    }

    private static void send(Fixtures.Key key, String body) {
        HttpResponse<String> r = api("POST", "events", key.value(), body);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** The partition holding each of the shipment's events, by the sender's event id. */
    private static List<String> partitions(Fixtures.Shipment s) {
        return Fixtures.query(
                        "select sender_event_id || ' in ' || tableoid::regclass as place from tracking_event where "
                                + "shipment_id = ? order by sender_event_id",
                        s.id())
                .stream()
                .map(r -> r.get("place").toString())
                .toList();
    }

    @Test
    void anEventGoesToItsMonthAndItsIdentityStaysADuplicateWhateverTimeItIsSentWith() {
        Fixtures.Org org = Fixtures.organisation("Partitioned Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment s = Fixtures.shipment(org, "PO-PART-1", Instant.now().minusSeconds(86_400));
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String thisMonth = "tracking_event_y%dm%02d".formatted(today.getYear(), today.getMonthValue());

        send(key, event(s.reference(), "now", now.toString()));
        send(key, event(s.reference(), "old", OLD_MONTH + "-14T09:00:00+02:00"));
        assertEquals(
                List.of("now in " + thisMonth, "old in tracking_event_default"),
                partitions(s),
                "this month's partition exists ahead; an event of a month without one waits in the default");

        Http.postUntilRan(
                "maintenance/housekeeping",
                Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE).value());
        assertEquals(
                List.of("now in " + thisMonth, "old in tracking_event_y1999m05"),
                partitions(s),
                "the housekeeping made the waiting event's month, and moved it in");
        LocalDate ahead = today.plusMonths(3);
        assertTrue(
                !Fixtures.query(
                                "select 1 from pg_class where relname = ?",
                                "tracking_event_y%dm%02d".formatted(ahead.getYear(), ahead.getMonthValue()))
                        .isEmpty(),
                "three months ahead are ready");

        // sent again with another time: the same identity, so no second event (the first one stays)
        send(key, event(s.reference(), "now", today.minusYears(2) + "T10:00:00Z"));
        assertEquals(2, partitions(s).size(), partitions(s).toString());

        // its month archived: the event is gone from the table, and sent again it is still a duplicate
        Fixtures.update("alter table tracking_event detach partition tracking_event_y1999m05");
        Fixtures.update("drop table tracking_event_y1999m05");
        send(key, event(s.reference(), "old", OLD_MONTH + "-14T09:00:00+02:00"));
        assertEquals(List.of("now in " + thisMonth), partitions(s), "an archived event is not stored again");
    }
}
