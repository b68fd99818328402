package org.threepl.portal.domain.model.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code first}, doubling with each failure up to {@code longest}, each
 * wait spread by ±20 % (so receivers that failed together are not all called again at once), and never once the event
 * is older than {@code giveUpAfter} (3 days): then the delivery has failed for good.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    public static final RetrySchedule STANDARD =
            new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(6), Duration.ofDays(3));

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("A retry schedule needs 0 < first <= longest and a give-up age");
        }
    }

    /**
     * The next attempt after the {@code failures}-th failure in a row, now; {@code jitter} in [0, 1) chooses where in
     * the ±20 % band; empty when the event, created at {@code created}, would be past its age.
     */
    public Optional<Instant> next(int failures, Instant created, Instant now, double jitter) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures: " + failures);
        }
        long firstMillis = first.toMillis();
        long cap = longest.toMillis();
        long wait = failures > 40 ? cap : Math.min(cap, firstMillis << Math.min(failures - 1, 40));
        long spread = Math.round(wait * (0.8 + 0.4 * Math.max(0, Math.min(jitter, 1))));
        Instant at = now.plusMillis(spread);
        return at.isAfter(created.plus(giveUpAfter)) ? Optional.empty() : Optional.of(at);
    }
}
