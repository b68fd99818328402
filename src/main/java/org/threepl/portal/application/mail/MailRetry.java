package org.threepl.portal.application.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a mail again: exponential back-off ({@code first}, doubling, at most {@code cap}) with a jitter of
 * {@code ±jitter} (so that mails that failed together do not all come back together), until {@code giveUpAfter} has
 * passed since the mail was queued or {@code maxAttempts} attempts were made. Plain logic, given the random draw.
 */
public record MailRetry(Duration first, Duration cap, double jitter, Duration giveUpAfter, int maxAttempts) {

    /** 30 s doubling to 1 h, ±20 %, for 3 days (about 78 attempts; 100 at most). */
    public static MailRetry standard(Duration first) {
        return new MailRetry(first, Duration.ofHours(1), 0.2, Duration.ofDays(3), 100);
    }

    public MailRetry {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("A retry needs 0 < first <= cap, not " + first + " and " + cap);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("A jitter is a fraction in [0, 1), not " + jitter);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt, not " + maxAttempts);
        }
    }

    /** The pause before the next attempt after {@code attempts} failed ones, before jitter. */
    public Duration backOff(int attempts) {
        Duration pause = first;
        for (int i = 1; i < attempts && pause.compareTo(cap) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(cap) < 0 ? pause : cap;
    }

    /**
     * The next attempt after {@code attempts} failed ones, made at {@code now}, for a mail queued at {@code queued};
     * empty to give up. {@code random} is a draw in [0, 1): 0.5 is the back-off itself, 0 and 1 its ends ∓ jitter.
     */
    public Optional<Instant> next(int attempts, Instant queued, Instant now, double random) {
        if (attempts >= maxAttempts || !now.isBefore(queued.plus(giveUpAfter))) {
            return Optional.empty();
        }
        long millis = backOff(attempts).toMillis();
        long jittered = Math.round(millis * (1 + jitter * (2 * random - 1)));
        return Optional.of(now.plusMillis(Math.max(1, jittered)));
    }
}
