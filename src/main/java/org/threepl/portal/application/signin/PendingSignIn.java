package org.threepl.portal.application.signin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in whose password was right but which still needs the second factor (or its enrolment). The web layer keeps it
 * in the not-yet-signed-in session; it expires after {@link #LIFETIME}.
 *
 * @param enrolmentSecret the authenticator secret offered for enrolment; null when the user has one
 */
public record PendingSignIn(long userId, String username, Instant passwordCheckedAt, String enrolmentSecret)
        implements Serializable {

    public static final Duration LIFETIME = Duration.ofMinutes(5);

    public PendingSignIn {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordCheckedAt, "passwordCheckedAt");
    }

    public boolean enrolling() {
        return enrolmentSecret != null;
    }

    boolean expiredAt(Instant now) {
        return now.isAfter(passwordCheckedAt.plus(LIFETIME));
    }
}
