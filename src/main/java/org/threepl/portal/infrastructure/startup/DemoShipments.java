package org.threepl.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shared.TimeWindow;
import org.threepl.portal.domain.model.shipment.ProofOfDelivery;
import org.threepl.portal.domain.model.shipment.ReasonCode;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.ShipmentPlan;
import org.threepl.portal.domain.model.shipment.ShipmentReference;
import org.threepl.portal.domain.model.shipment.StatusCode;
import org.threepl.portal.domain.model.shipment.TrackingEvent;
import org.threepl.portal.domain.model.shipment.TransportMode;
import org.threepl.portal.infrastructure.persistence.DatabaseKind;

/**
 * A year of realistic history for a demo client: mostly on-time deliveries, some delays (with reasons), a few damages,
 * refusals and failed attempts, and shipments still under way. Seeded, so every demo shows the same history.
 */
@ApplicationScoped
public class DemoShipments {

    private record Place(String name, String zone) {}

    private static final Place[][] LANES = {
        {new Place("Shanghai", "Asia/Shanghai"), new Place("Hamburg", "Europe/Berlin")},
        {new Place("Shenzhen", "Asia/Shanghai"), new Place("Rotterdam", "Europe/Amsterdam")},
        {new Place("Manchester", "Europe/London"), new Place("Birmingham", "Europe/London")},
        {new Place("Hamburg", "Europe/Berlin"), new Place("Munich", "Europe/Berlin")},
        {new Place("Ningbo", "Asia/Shanghai"), new Place("Felixstowe", "Europe/London")},
        {new Place("Guangzhou", "Asia/Shanghai"), new Place("Beijing", "Asia/Shanghai")},
    };

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DatabaseKind database;

    void load(Long organisationId, String prefix, int count, String currency, Instant now, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Place[] lane = LANES[random.nextInt(LANES.length)];
            boolean longHaul = !lane[0].zone().equals(lane[1].zone());
            TransportMode mode =
                    longHaul ? (random.nextInt(4) == 0 ? TransportMode.AIR : TransportMode.SEA) : TransportMode.ROAD;
            Duration transit = switch (mode) {
                case SEA -> Duration.ofDays(28 + random.nextInt(8));
                case AIR -> Duration.ofDays(3 + random.nextInt(3));
                default -> Duration.ofHours(10 + random.nextInt(40));
            };
            Instant pickup = now.minus(365, ChronoUnit.DAYS)
                    .plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)))
                    .truncatedTo(ChronoUnit.HOURS);
            Instant delivery = pickup.plus(transit);
            ShipmentPlan plan = new ShipmentPlan(
                    prefix + "-S" + (100000 + i),
                    lane[0].name(),
                    lane[1].name(),
                    mode,
                    random.nextInt(5) == 0 ? "EXPRESS" : "STANDARD",
                    new TimeWindow(pickup, pickup.plus(4, ChronoUnit.HOURS)),
                    new TimeWindow(delivery, delivery.plus(8, ChronoUnit.HOURS)),
                    1 + random.nextInt(40),
                    BigDecimal.valueOf(50 + random.nextInt(20000)),
                    Money.of(Integer.toString(500 + random.nextInt(90000)), currency));
            Shipment s = new Shipment(
                    organisationId,
                    ShipmentReference.of(prefix + "-PO-" + (20000 + i)),
                    plan,
                    pickup.minus(2, ChronoUnit.DAYS));
            em.persist(s);
            List<TrackingEvent> events = history(s, lane, pickup, delivery, now, random);
            events.forEach(em::persist);
            s.deriveStatusFrom(events, now);
            if (s.deliveredAt() != null) {
                int delivered = random.nextInt(25) == 0 ? Math.max(0, s.orderedQuantity() - 1) : s.orderedQuantity();
                s.recordProofOfDelivery(
                        new ProofOfDelivery(
                                random.nextBoolean() ? "J. Müller" : "Wang Lei", s.deliveredAt(), delivered),
                        FEED,
                        now);
            }
            if (i % 100 == 99) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        if (database.isPostgresql()) {
            // the demo's events are written as entities; on PostgreSQL their identities live in a table of their own
            // (V33_1), which the ingestion's merge checks: a demo event sent again is then a duplicate, as any other
            em.createNativeQuery("insert into tracking_event_sender (organisation_id, source_system, sender_event_id)"
                            + " select organisation_id, source_system, sender_event_id from tracking_event"
                            + " where organisation_id = ?1 on conflict do nothing")
                    .setParameter(1, organisationId)
                    .executeUpdate();
        }
    }

    private static List<TrackingEvent> history(
            Shipment s, Place[] lane, Instant pickup, Instant delivery, Instant now, Random r) {
        List<TrackingEvent> events = new ArrayList<>();
        int outcome = r.nextInt(100); // 0-74 on time, 75-86 delayed, 87-91 damaged, 92-95 refused, 96-99 failed attempt
        Instant t = pickup.plus(Duration.ofMinutes(r.nextInt(180)));
        add(events, s, StatusCode.X3, null, t.minus(30, ChronoUnit.MINUTES), lane[0], now);
        add(events, s, StatusCode.AF, null, t, lane[0], now);
        add(
                events,
                s,
                StatusCode.X6,
                null,
                t.plus(Duration.between(pickup, delivery).dividedBy(2)),
                lane[0],
                now);
        Instant arrival = delivery.plus(Duration.ofMinutes(r.nextInt(420)));
        if (outcome >= 75 && outcome < 87) {
            Instant late = arrival.plus(Duration.ofHours(12 + r.nextInt(60)));
            add(
                    events,
                    s,
                    StatusCode.SD,
                    r.nextBoolean() ? ReasonCode.AO : ReasonCode.AI,
                    delivery.minus(6, ChronoUnit.HOURS),
                    lane[1],
                    now);
            arrival = late;
        }
        add(events, s, StatusCode.X1, null, arrival, lane[1], now);
        if (outcome >= 92 && outcome < 96) {
            add(events, s, StatusCode.A7, ReasonCode.AG, arrival.plus(20, ChronoUnit.MINUTES), lane[1], now);
        } else if (outcome >= 96) {
            add(events, s, StatusCode.AH, ReasonCode.B1, arrival.plus(15, ChronoUnit.MINUTES), lane[1], now);
            add(events, s, StatusCode.D1, null, arrival.plus(1, ChronoUnit.DAYS), lane[1], now);
        } else {
            if (outcome >= 87 && outcome < 92) {
                add(events, s, StatusCode.A9, ReasonCode.AF, arrival.plus(10, ChronoUnit.MINUTES), lane[1], now);
            }
            add(events, s, StatusCode.D1, ReasonCode.NS, arrival.plus(40, ChronoUnit.MINUTES), lane[1], now);
        }
        // the recent part of the year is still under way: keep only what has happened by now
        events.removeIf(e -> e.occurredAt().isAfter(now));
        return events;
    }

    /** The demo's history comes from the 3PL's own feed: a system actor reporting for the 3PL. */
    private static final org.threepl.portal.domain.model.shared.Actor FEED =
            org.threepl.portal.domain.model.shared.Actor.system("demo carrier feed");

    private static void add(
            List<TrackingEvent> events,
            Shipment s,
            StatusCode code,
            ReasonCode reason,
            Instant at,
            Place place,
            Instant now) {
        events.add(new TrackingEvent(
                s,
                code,
                reason,
                at.atZone(ZoneId.of(place.zone())),
                place.name(),
                "DEMO-TMS",
                s.reference().value() + "-" + (events.size() + 1),
                at.isAfter(now) ? now : at.plus(5, ChronoUnit.MINUTES),
                org.threepl.portal.domain.model.shipment.Reporter.of(FEED, true)));
    }
}
