package org.threepl.portal.application.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.PasswordHasher;
import org.threepl.portal.application.SecurityLog;
import org.threepl.portal.application.UserAccountRepository;
import org.threepl.portal.domain.model.account.Totp;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Signing in, step by step. Every step that checks a secret (the password, a code) is first counted by the throttle, in
 * a transaction of its own, so guesses in parallel cannot pass the limit. A wrong username, a wrong password, a
 * disabled account and a wrong code all get the same answer, and an unknown username costs the same hashing time as a
 * known one. Each outcome is in the security log.
 */
@ApplicationScoped
public class SignInService {

    /** The issuer name authenticator apps show next to the account. */
    static final String ISSUER = org.threepl.portal.application.AccountSecurityService.ISSUER;

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityLog log;

    @Inject
    SignInCounter signIns;

    @Inject
    Clock clock;

    /** The first step: username and password. */
    @Transactional
    public SignInStep password(String username, char[] password, String address) {
        LoginThrottle.Attempt attempt = throttle.attempt(username, address);
        if (!attempt.allowed()) {
            log.record(
                    SecurityEventType.SIGN_IN_BLOCKED,
                    b -> b.aboutName(username)
                            .from(address)
                            .detail("until " + attempt.blockedUntil().get()));
            return new SignInStep.Blocked(attempt.blockedUntil().get());
        }
        Optional<UserAccount> found = users.findByUsername(username == null ? "" : username.trim());
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            log.record(
                    SecurityEventType.SIGN_IN_FAILED,
                    b -> b.aboutName(username).from(address).detail("unknown username"));
            return new SignInStep.Refused(attempt.remaining());
        }
        UserAccount user = found.get();
        if (!hasher.verify(password, user.passwordHash())) {
            failed(user, address, "wrong password");
            return new SignInStep.Refused(attempt.remaining());
        }
        if (!mayEnter(user)) {
            failed(user, address, user.isEnabled() ? "organisation suspended" : "account disabled");
            return new SignInStep.Refused(attempt.remaining());
        }
        if (hasher.needsRehash(user.passwordHash())) {
            user.upgradePasswordHash(hasher.hash(password));
        }
        Instant now = clock.instant();
        if (user.hasSecondFactor()) {
            return new SignInStep.CodeNeeded(
                    new PendingSignIn(user.id(), user.username().value(), now, null));
        }
        if (user.secondFactorRequired()) {
            String secret = Totp.newSecret();
            return new SignInStep.EnrolmentNeeded(
                    new PendingSignIn(user.id(), user.username().value(), now, secret),
                    Totp.grouped(secret),
                    Totp.provisioningUri(ISSUER, user.username().value(), secret));
        }
        return signedIn(user, address, List.of(), -1, 1);
    }

    /** The second step: a code from the authenticator app, or a recovery code. */
    @Transactional
    public SignInStep code(PendingSignIn pending, String code, String address) {
        Optional<UserAccount> user = stillValid(pending);
        if (user.isEmpty() || pending.enrolling()) {
            return new SignInStep.StartAgain();
        }
        LoginThrottle.Attempt attempt = throttle.attempt(pending.username(), address);
        if (!attempt.allowed()) {
            log.record(
                    SecurityEventType.SIGN_IN_BLOCKED,
                    b -> b.aboutUser(pending.userId(), pending.username())
                            .from(address)
                            .detail("second factor; until "
                                    + attempt.blockedUntil().get()));
            return new SignInStep.Blocked(attempt.blockedUntil().get());
        }
        UserAccount u = user.get();
        UserAccount.SecondFactorCheck check = u.checkSecondFactor(code, clock.instant());
        if (!check.passed()) {
            log.record(
                    SecurityEventType.SECOND_FACTOR_FAILED,
                    b -> b.aboutUser(u.id(), u.username().value())
                            .organisation(organisationOf(u))
                            .from(address));
            return new SignInStep.Refused(attempt.remaining());
        }
        if (check == UserAccount.SecondFactorCheck.RECOVERY_CODE) {
            log.record(
                    SecurityEventType.RECOVERY_CODE_USED,
                    b -> b.by(Actor.user(u.id(), u.username().value()))
                            .aboutUser(u.id(), u.username().value())
                            .organisation(organisationOf(u))
                            .from(address)
                            .detail(u.unusedRecoveryCodes() + " left"));
            return signedIn(u, address, List.of(), u.unusedRecoveryCodes(), 2);
        }
        return signedIn(u, address, List.of(), -1, 2);
    }

    /**
     * The second step for a user without an authenticator app who needs one: the app's first code proves it is set up.
     */
    @Transactional
    public SignInStep enrol(PendingSignIn pending, String code, String address) {
        Optional<UserAccount> user = stillValid(pending);
        if (user.isEmpty() || !pending.enrolling()) {
            return new SignInStep.StartAgain();
        }
        LoginThrottle.Attempt attempt = throttle.attempt(pending.username(), address);
        if (!attempt.allowed()) {
            return new SignInStep.Blocked(attempt.blockedUntil().get());
        }
        UserAccount u = user.get();
        List<String> recovery;
        try {
            recovery = u.enrolSecondFactor(pending.enrolmentSecret(), code, clock.instant());
        } catch (DomainRuleViolation wrongCode) {
            return new SignInStep.Refused(attempt.remaining());
        }
        log.record(
                SecurityEventType.SECOND_FACTOR_ENROLLED,
                b -> b.by(Actor.user(u.id(), u.username().value()))
                        .aboutUser(u.id(), u.username().value())
                        .organisation(organisationOf(u))
                        .from(address)
                        .detail("at sign-in"));
        return signedIn(u, address, recovery, -1, 2);
    }

    /** The user whose sign-in is pending, if the pending step is fresh and the account may still sign in. */
    private Optional<UserAccount> stillValid(PendingSignIn pending) {
        if (pending == null || pending.expiredAt(clock.instant())) {
            return Optional.empty();
        }
        return users.findById(pending.userId())
                .filter(u -> u.username().value().equals(pending.username()))
                .filter(SignInService::mayEnter);
    }

    /** {@code steps}: the attempts this sign-in took that passed (password, code), given back to the address. */
    private SignInStep.SignedIn signedIn(
            UserAccount user, String address, List<String> recoveryCodes, long recoveryLeft, int steps) {
        Instant now = clock.instant();
        user.recordLogin(now);
        throttle.succeeded(user.username().value(), address, steps);
        SignInCounter.countQuietly(signIns, user.id(), organisationOf(user), LocalDate.ofInstant(now, ZoneOffset.UTC));
        log.record(
                SecurityEventType.SIGN_IN_SUCCEEDED,
                b -> b.by(Actor.user(user.id(), user.username().value()))
                        .aboutUser(user.id(), user.username().value())
                        .organisation(organisationOf(user))
                        .from(address)
                        .detail(user.hasSecondFactor() ? "password and second factor" : "password"));
        return new SignInStep.SignedIn(
                user.username().value(),
                user.role(),
                user.sessionEpoch(),
                user.passwordChangeRequired(),
                recoveryCodes,
                recoveryLeft);
    }

    private void failed(UserAccount user, String address, String why) {
        log.record(
                SecurityEventType.SIGN_IN_FAILED,
                b -> b.aboutUser(user.id(), user.username().value())
                        .organisation(organisationOf(user))
                        .from(address)
                        .detail(why));
    }

    private static boolean mayEnter(UserAccount user) {
        return user.isEnabled()
                && (user.organisation() == null || user.organisation().isActive());
    }

    private static Long organisationOf(UserAccount user) {
        return user.organisation() == null ? null : user.organisation().id();
    }
}
