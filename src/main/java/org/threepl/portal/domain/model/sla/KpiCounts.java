package org.threepl.portal.domain.model.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counts every shipment KPI is computed from, for any group of shipments (a day's roll-up row, or a period's sum of
 * them). A shipment adds its delivery to the group of the day its delivery window ends and its pick-up to the group of
 * the day its pick-up window ends. Lateness is kept in {@link Lateness} bands, so a term's tolerance is applied when
 * the KPI is read, and every value equals what {@link ShipmentOutcome} gives shipment by shipment.
 */
public final class KpiCounts {

    private static final int BANDS = Lateness.values().length;

    long deliveriesDue;
    long deliveryPending;
    final long[] deliveryStopped = new long[BANDS];
    final long[] deliveryOpen = new long[BANDS];
    long pickupsDue;
    long pickupPending;
    final long[] pickupStopped = new long[BANDS];
    final long[] pickupOpen = new long[BANDS];
    long podJudged;
    long inFull;
    final long[] otifInFull = new long[BANDS];
    long damageJudged;
    long damaged;

    /** Adds the delivery side of a shipment whose delivery window ends in this group's day. */
    public void addDelivery(ShipmentOutcome o, Instant now) {
        deliveriesDue++;
        Optional<Instant> stop = o.deliveryClockStop();
        Optional<Lateness> late = o.deliveryLateness(now);
        if (late.isEmpty()) {
            deliveryPending++;
        } else if (stop.isPresent()) {
            deliveryStopped[late.get().ordinal()]++;
        } else {
            deliveryOpen[late.get().ordinal()]++;
        }
        Optional<Boolean> full = o.inFull();
        if (full.isPresent()) {
            podJudged++;
            if (full.get()) {
                inFull++;
                otifInFull[late.orElseThrow().ordinal()]++; // in full implies delivered, so the clock has stopped
            }
        }
        Optional<Boolean> undamaged = o.damageFree();
        if (undamaged.isPresent()) {
            damageJudged++;
            if (!undamaged.get()) {
                damaged++;
            }
        }
    }

    /** Adds the pick-up side of a shipment whose pick-up window ends in this group's day. */
    public void addPickup(ShipmentOutcome o, Instant now) {
        pickupsDue++;
        Optional<Lateness> late = o.pickupLateness(now);
        if (late.isEmpty()) {
            pickupPending++;
        } else if (o.pickedUpAt() != null) {
            pickupStopped[late.get().ordinal()]++;
        } else {
            pickupOpen[late.get().ordinal()]++;
        }
    }

    public KpiCounts plus(KpiCounts o) {
        KpiCounts s = new KpiCounts();
        s.add(this);
        s.add(o);
        return s;
    }

    /** Adds another group's counts to these (summing many rows without a new object per row). */
    public void add(KpiCounts o) {
        KpiCounts s = this;
        s.deliveriesDue += o.deliveriesDue;
        s.deliveryPending += o.deliveryPending;
        s.pickupsDue += o.pickupsDue;
        s.pickupPending += o.pickupPending;
        s.podJudged += o.podJudged;
        s.inFull += o.inFull;
        s.damageJudged += o.damageJudged;
        s.damaged += o.damaged;
        for (int i = 0; i < BANDS; i++) {
            s.deliveryStopped[i] += o.deliveryStopped[i];
            s.deliveryOpen[i] += o.deliveryOpen[i];
            s.pickupStopped[i] += o.pickupStopped[i];
            s.pickupOpen[i] += o.pickupOpen[i];
            s.otifInFull[i] += o.otifInFull[i];
        }
    }

    /**
     * The value of a shipment KPI under a tolerance; the claims ratio and dispute times do not come from shipments and
     * are empty here.
     */
    public KpiValue value(Kpi kpi, int toleranceMinutes) {
        int b = band(toleranceMinutes);
        return switch (kpi) {
            case ON_TIME_DELIVERY -> onTime(kpi, deliveryStopped, deliveryOpen, b);
            case ON_TIME_PICKUP -> onTime(kpi, pickupStopped, pickupOpen, b);
            case IN_FULL -> KpiValue.of(kpi, inFull, podJudged);
            case OTIF -> KpiValue.of(kpi, sum(otifInFull, 0, b), podJudged);
            case DAMAGE_FREE -> KpiValue.of(kpi, damageJudged - damaged, damageJudged);
            case PERFECT_ORDER -> {
                KpiValue otd = value(Kpi.ON_TIME_DELIVERY, toleranceMinutes);
                KpiValue full = value(Kpi.IN_FULL, 0);
                KpiValue intact = value(Kpi.DAMAGE_FREE, 0);
                yield new KpiValue(
                        kpi,
                        otd.numerator().multiply(full.numerator()).multiply(intact.numerator()),
                        otd.denominator().multiply(full.denominator()).multiply(intact.denominator()));
            }
            case CLAIMS_RATIO, DISPUTE_ACKNOWLEDGEMENT_TIME, DISPUTE_RESOLUTION_TIME ->
                new KpiValue(kpi, BigDecimal.ZERO, BigDecimal.ZERO);
        };
    }

    /**
     * The judged deliveries in the buckets shown to clients: on time (within the tolerance), late by up to 1 day, 2
     * days, more.
     */
    public Map<Lateness.Bucket, Long> deliveryBuckets(int toleranceMinutes) {
        Map<Lateness.Bucket, Long> buckets = new EnumMap<>(Lateness.Bucket.class);
        for (Lateness.Bucket k : Lateness.Bucket.values()) {
            buckets.put(k, 0L);
        }
        int b = band(toleranceMinutes);
        for (Lateness l : Lateness.values()) {
            long n = deliveryStopped[l.ordinal()] + (l.ordinal() > b ? deliveryOpen[l.ordinal()] : 0);
            buckets.merge(l.bucket(toleranceMinutes), n, Long::sum);
        }
        return buckets;
    }

    private static KpiValue onTime(Kpi kpi, long[] stopped, long[] open, int b) {
        return KpiValue.of(kpi, sum(stopped, 0, b), sum(stopped, 0, BANDS - 1) + sum(open, b + 1, BANDS - 1));
    }

    private static int band(int toleranceMinutes) {
        for (Lateness l : Lateness.values()) {
            if (l.limitMinutes() == toleranceMinutes && Lateness.TOLERANCES.contains(toleranceMinutes)) {
                return l.ordinal();
            }
        }
        throw new IllegalArgumentException("The tolerance is one of " + Lateness.TOLERANCES + " minutes");
    }

    private static long sum(long[] a, int from, int to) {
        long s = 0;
        for (int i = from; i <= to; i++) {
            s += a[i];
        }
        return s;
    }

    // --- the stored form of a roll-up row ---

    /** The counts as the columns of a roll-up row, in the order of {@link #fromColumns}. */
    public Object[] toColumns() {
        return new Object[] {
            deliveriesDue,
            deliveryPending,
            encode(deliveryStopped),
            encode(deliveryOpen),
            pickupsDue,
            pickupPending,
            encode(pickupStopped),
            encode(pickupOpen),
            podJudged,
            inFull,
            encode(otifInFull),
            damageJudged,
            damaged
        };
    }

    public static KpiCounts fromColumns(
            long deliveriesDue,
            long deliveryPending,
            String deliveryStopped,
            String deliveryOpen,
            long pickupsDue,
            long pickupPending,
            String pickupStopped,
            String pickupOpen,
            long podJudged,
            long inFull,
            String otifInFull,
            long damageJudged,
            long damaged) {
        KpiCounts c = new KpiCounts();
        c.deliveriesDue = deliveriesDue;
        c.deliveryPending = deliveryPending;
        decode(deliveryStopped, c.deliveryStopped);
        decode(deliveryOpen, c.deliveryOpen);
        c.pickupsDue = pickupsDue;
        c.pickupPending = pickupPending;
        decode(pickupStopped, c.pickupStopped);
        decode(pickupOpen, c.pickupOpen);
        c.podJudged = podJudged;
        c.inFull = inFull;
        decode(otifInFull, c.otifInFull);
        c.damageJudged = damageJudged;
        c.damaged = damaged;
        return c;
    }

    static String encode(long[] bands) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < bands.length; i++) {
            s.append(i == 0 ? "" : ",").append(bands[i]);
        }
        return s.toString();
    }

    static void decode(String text, long[] into) {
        String[] parts = text.split(",");
        if (parts.length != into.length) {
            throw new IllegalArgumentException(
                    "A roll-up row has " + parts.length + " lateness bands, not " + into.length);
        }
        for (int i = 0; i < parts.length; i++) {
            into[i] = Long.parseLong(parts[i].trim());
        }
    }

    public long deliveriesDue() {
        return deliveriesDue;
    }

    public long deliveryPending() {
        return deliveryPending;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KpiCounts k && Arrays.equals(toColumns(), k.toColumns());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toColumns());
    }
}
