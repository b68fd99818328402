package org.threepl.portal.application.signin;

import java.time.Instant;
import java.util.List;
import org.threepl.portal.domain.model.account.Role;

/** Where a sign-in stands after a step. */
public sealed interface SignInStep {

    /**
     * Wrong username, password or code (the same answer for each). {@code attemptsLeft} before the pause; 0 if unknown.
     */
    record Refused(int attemptsLeft) implements SignInStep {}

    /** Too many attempts: nothing was checked; try again after {@code until}. */
    record Blocked(Instant until) implements SignInStep {}

    /** The pending sign-in expired or no longer applies: start again with the password. */
    record StartAgain() implements SignInStep {}

    /** The password was right; now the code from the authenticator app (or a recovery code). */
    record CodeNeeded(PendingSignIn pending) implements SignInStep {}

    /** The password was right; this user must set up an authenticator app first. */
    record EnrolmentNeeded(PendingSignIn pending, String secretGrouped, String provisioningUri) implements SignInStep {}

    /**
     * Signed in: the web layer tells the container and starts the session with {@code sessionEpoch}.
     *
     * @param recoveryCodes new recovery codes to show once (after an enrolment), else empty
     * @param recoveryCodesLeft unused recovery codes, when one was just used (else -1)
     */
    record SignedIn(
            String username,
            Role role,
            int sessionEpoch,
            boolean mustChangePassword,
            List<String> recoveryCodes,
            long recoveryCodesLeft)
            implements SignInStep {}
}
