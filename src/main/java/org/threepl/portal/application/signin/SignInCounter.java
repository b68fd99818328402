package org.threepl.portal.application.signin;

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts successful portal sign-ins per user and UTC day ({@code user_sign_in_day}), for the login trend of
 * relationship management. One small upsert per sign-in (sign-ins are rare, unlike API requests, which are never
 * counted here). It runs in a transaction of its own and never fails a sign-in: a lost count (two sign-ins of the same
 * user racing to create the day's row) costs nothing.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaSignInCounter}.
 */
public interface SignInCounter {
    /** Counts one sign-in, in a transaction of its own. */
    void count(Long userId, Long organisationId, LocalDate day);

    /** {@link #count} through its proxy, swallowing any failure (logged): the sign-in goes on. */
    static void countQuietly(SignInCounter counter, Long userId, Long organisationId, LocalDate day) {
        try {
            counter.count(userId, organisationId, day);
        } catch (RuntimeException e) {
            Logger.getLogger(SignInCounter.class.getName()).log(Level.FINE, "A sign-in was not counted", e);
        }
    }
}
