package org.threepl.portal.application.signin;

import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password and code guessing: after too many sign-in attempts for one account, or from one address, further
 * attempts are refused for a while without checking anything. An attempt is counted <em>before</em> the password is
 * hashed, under a row lock, so a burst of parallel attempts cannot slip past the limit (each waits for the previous
 * count); a successful sign-in then clears the account's count and takes its own attempt back from the address's. Kept
 * in the database, so every server behind a load balancer counts the same attempts; rows whose window has passed are
 * purged.
 *
 * <p>A port of the application, implemented in infrastructure by {@code DatabaseLoginThrottle}.
 */
public interface LoginThrottle {
    /**
     * The answer to an attempt: allowed (and counted), or blocked until an instant; {@code remaining} attempts before
     * the block.
     */
    record Attempt(Optional<Instant> blockedUntil, int remaining) {
        public boolean allowed() {
            return blockedUntil.isEmpty();
        }
    }

    /**
     * Counts one attempt for the account and the address, unless either is blocked: then nothing is counted and the
     * answer says until when. Its own transaction, committed before any password is checked.
     */
    Attempt attempt(String username, String address);

    /** When sign-in is blocked for this account or address (nothing is counted). */
    Optional<Instant> blockedUntil(String username, String address);

    /**
     * A successful sign-in clears the account's count and gives the address back the attempts of its successful steps
     * ({@code steps}: 1 for a password alone, 2 with the second factor); wrong ones stay counted.
     */
    void succeeded(String username, String address, int steps);
}
