package org.threepl.portal.domain.model.sla;

import java.time.Duration;
import java.util.List;

/**
 * How late a delivery or pick-up was against the end of its planned window, in the bands the roll-ups count: on time or
 * up to 15, 30, 60, 120 or 240 minutes late (the tolerances an SLA term may grant), up to one day, up to two days, or
 * more. Each band holds the lateness up to and including its limit.
 */
public enum Lateness {
    ON_TIME(0),
    MINUTES_15(15),
    MINUTES_30(30),
    MINUTES_60(60),
    MINUTES_120(120),
    MINUTES_240(240),
    DAY_1(24 * 60),
    DAYS_2(48 * 60),
    MORE(Integer.MAX_VALUE);

    /** The tolerances an SLA term may grant, in minutes: the limits of the first six bands. */
    public static final List<Integer> TOLERANCES = List.of(0, 15, 30, 60, 120, 240);

    private final int limitMinutes;

    Lateness(int limitMinutes) {
        this.limitMinutes = limitMinutes;
    }

    /** The band of a lateness; early (negative) counts as on time. Lateness is counted in whole seconds. */
    public static Lateness of(Duration late) {
        long seconds = late.getSeconds();
        for (Lateness l : values()) {
            if (l == MORE || seconds <= l.limitMinutes * 60L) {
                return l;
            }
        }
        return MORE;
    }

    public int limitMinutes() {
        return limitMinutes;
    }

    /** On time under a tolerance of that many minutes (one of {@link #TOLERANCES}). */
    public boolean withinTolerance(int toleranceMinutes) {
        return limitMinutes <= toleranceMinutes;
    }

    /** The late-delivery buckets shown to clients: on time (within the tolerance), 1 day, 2 days, more. */
    public enum Bucket {
        ON_TIME,
        ONE_DAY,
        TWO_DAYS,
        MORE
    }

    public Bucket bucket(int toleranceMinutes) {
        if (withinTolerance(toleranceMinutes)) {
            return Bucket.ON_TIME;
        }
        if (this == MORE) {
            return Bucket.MORE;
        }
        return this == DAYS_2 ? Bucket.TWO_DAYS : Bucket.ONE_DAY;
    }
}
