package org.threepl.portal.domain.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Counting in bands and summing day rows gives exactly what judging shipment by shipment gives. */
class KpiCountsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    static ShipmentOutcome random(Random r) {
        Instant pickupDue = NOW.minus(Duration.ofMinutes(r.nextInt(60 * 24 * 20)));
        Instant deliveryDue = pickupDue.plus(Duration.ofMinutes(60 + r.nextInt(60 * 24 * 6)));
        Instant pickedUp = r.nextInt(5) == 0 ? null : pickupDue.plus(Duration.ofMinutes(r.nextInt(600) - 300));
        Instant delivered =
                r.nextInt(4) == 0 ? null : deliveryDue.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 4) - 600));
        Instant attempted = r.nextInt(10) == 0 ? deliveryDue.plus(Duration.ofMinutes(r.nextInt(600) - 300)) : null;
        if (delivered != null && delivered.isAfter(NOW)) {
            delivered = null;
        }
        if (attempted != null && attempted.isAfter(NOW)) {
            attempted = null;
        }
        if (pickedUp != null && pickedUp.isAfter(NOW)) {
            pickedUp = null;
        }
        int ordered = 1 + r.nextInt(20);
        Integer pod = delivered != null && r.nextInt(3) > 0 ? ordered - (r.nextInt(6) == 0 ? 1 : 0) : null;
        return new ShipmentOutcome(
                pickupDue,
                deliveryDue,
                pickedUp,
                delivered,
                attempted,
                r.nextInt(30) == 0,
                r.nextInt(25) == 0,
                ordered,
                pod);
    }

    @Test
    void dayRowsSummedEqualTheShipmentByShipmentJudgementForEveryKpiAndTolerance() {
        Random r = new Random(20261123);
        List<ShipmentOutcome> all = new ArrayList<>();
        Map<Integer, KpiCounts> byDay = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            ShipmentOutcome o = random(r);
            all.add(o);
            // as the roll-up does: the delivery side on one row, the pick-up side on another
            byDay.computeIfAbsent(r.nextInt(30), d -> new KpiCounts()).addDelivery(o, NOW);
            byDay.computeIfAbsent(r.nextInt(30), d -> new KpiCounts()).addPickup(o, NOW);
        }
        KpiCounts total = byDay.values().stream().reduce(new KpiCounts(), KpiCounts::plus);
        for (int tolerance : Lateness.TOLERANCES) {
            assertEquals(
                    direct(Kpi.ON_TIME_DELIVERY, all, o -> o.onTimeDelivery(tolerance, NOW)),
                    total.value(Kpi.ON_TIME_DELIVERY, tolerance),
                    "OTD " + tolerance);
            assertEquals(
                    direct(Kpi.ON_TIME_PICKUP, all, o -> o.onTimePickup(tolerance, NOW)),
                    total.value(Kpi.ON_TIME_PICKUP, tolerance),
                    "pick-up " + tolerance);
            assertEquals(
                    direct(Kpi.OTIF, all, o -> o.otif(tolerance, NOW)),
                    total.value(Kpi.OTIF, tolerance),
                    "OTIF " + tolerance);
        }
        assertEquals(direct(Kpi.IN_FULL, all, ShipmentOutcome::inFull), total.value(Kpi.IN_FULL, 0));
        assertEquals(direct(Kpi.DAMAGE_FREE, all, ShipmentOutcome::damageFree), total.value(Kpi.DAMAGE_FREE, 0));
        long[] buckets = new long[4];
        all.forEach(o -> o.deliveryLateness(NOW)
                .filter(l -> o.onTimeDelivery(30, NOW).isPresent())
                .ifPresent(l -> buckets[l.bucket(30).ordinal()]++));
        Map<Lateness.Bucket, Long> counted = total.deliveryBuckets(30);
        for (Lateness.Bucket b : Lateness.Bucket.values()) {
            assertEquals(buckets[b.ordinal()], counted.get(b), b.name());
        }
    }

    @Test
    void aRowSurvivesItsStoredForm() {
        Random r = new Random(7);
        KpiCounts c = new KpiCounts();
        for (int i = 0; i < 300; i++) {
            ShipmentOutcome o = random(r);
            c.addDelivery(o, NOW);
            c.addPickup(o, NOW);
        }
        Object[] cols = c.toColumns();
        KpiCounts back = KpiCounts.fromColumns(
                (long) cols[0],
                (long) cols[1],
                (String) cols[2],
                (String) cols[3],
                (long) cols[4],
                (long) cols[5],
                (String) cols[6],
                (String) cols[7],
                (long) cols[8],
                (long) cols[9],
                (String) cols[10],
                (long) cols[11],
                (long) cols[12]);
        assertEquals(c, back);
    }

    @Test
    void thePerfectOrderIndexIsTheProductOfItsParts() {
        KpiCounts c = new KpiCounts();
        Instant due = NOW.minus(Duration.ofDays(3));
        c.addDelivery(new ShipmentOutcome(due.minusSeconds(3600), due, null, due, null, false, false, 5, 5), NOW);
        c.addDelivery(
                new ShipmentOutcome(due.minusSeconds(3600), due, null, due.plusSeconds(7200), null, false, true, 5, 4),
                NOW);
        // on time 1/2, in full 1/2, damage-free 1/2
        assertEquals(
                new BigDecimal("12.5000"), c.value(Kpi.PERFECT_ORDER, 0).value().orElseThrow());
    }

    private static KpiValue direct(
            Kpi kpi, List<ShipmentOutcome> all, Function<ShipmentOutcome, Optional<Boolean>> judge) {
        long yes = 0;
        long judged = 0;
        for (ShipmentOutcome o : all) {
            Optional<Boolean> j = judge.apply(o);
            if (j.isPresent()) {
                judged++;
                if (j.get()) {
                    yes++;
                }
            }
        }
        return KpiValue.of(kpi, yes, judged);
    }
}
