package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.threepl.portal.domain.model.account.PasswordPolicy;
import org.threepl.portal.domain.model.account.Totp;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.security.SecurityEvent;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A signed-in person's own sign-in security: the password, the authenticator app (set up where it is optional, or
 * removed where it is not required), new recovery codes, and the latest security events of the account. Changes that
 * weaken or replace the second factor ask for the password again.
 */
@ApplicationScoped
@Transactional
public class AccountSecurityService {

    /** The issuer name authenticator apps show next to the account. */
    public static final String ISSUER = "3PL Client Portal";

    @Inject
    CallerContext callers;

    @Inject
    UserAccountRepository users;

    @Inject
    SecurityEventRepository events;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityLog securityLog;

    @Inject
    Clock clock;

    /** What the account page shows. */
    public record Status(
            String username,
            boolean secondFactor,
            boolean secondFactorRequired,
            Instant enrolledAt,
            long recoveryCodesLeft,
            List<EventLine> recentEvents) {}

    /** One of the account's latest security events. */
    public record EventLine(Instant at, SecurityEventType type, String address, String detail) {
        static EventLine of(SecurityEvent e) {
            return new EventLine(e.occurredAt(), e.type(), e.address(), e.detail());
        }
    }

    /** A secret to set up an authenticator app with (not stored until a code proves the app has it). */
    /** Serialisable: the enrolment started on one request is completed on the next, kept in the page's view state. */
    public record Enrolment(String secret, String secretGrouped, String provisioningUri)
            implements java.io.Serializable {}

    public Status status() {
        UserAccount u = me();
        return new Status(
                u.username().value(),
                u.hasSecondFactor(),
                u.secondFactorRequired(),
                u.secondFactorEnrolledAt(),
                u.unusedRecoveryCodes(),
                events.ofUser(u.id(), 10).stream().map(EventLine::of).toList());
    }

    public Enrolment startEnrolment() {
        UserAccount u = me();
        if (u.hasSecondFactor()) {
            throw new DomainRuleViolation(
                    null,
                    "rule.secondFactor.alreadySetUp.begin",
                    "An authenticator app is set up already; remove it first to set up another");
        }
        String secret = Totp.newSecret();
        return new Enrolment(
                secret,
                Totp.grouped(secret),
                Totp.provisioningUri(ISSUER, u.username().value(), secret));
    }

    /** Sets up the app whose first code proves it holds {@code secret}; the recovery codes, to show once. */
    public List<String> enrol(String secret, String code) {
        UserAccount u = me();
        if (u.hasSecondFactor()) {
            throw new DomainRuleViolation(
                    null, "rule.secondFactor.alreadySetUp", "An authenticator app is set up already");
        }
        List<String> recovery = u.enrolSecondFactor(secret, code, clock.instant());
        securityLog.record(
                callers.current(),
                SecurityEventType.SECOND_FACTOR_ENROLLED,
                b -> b.aboutUser(u.id(), u.username().value())
                        .organisation(organisationOf(u))
                        .detail("on the account page"));
        return recovery;
    }

    /** New recovery codes (the old ones stop working), after the password; to show once. */
    public List<String> newRecoveryCodes(char[] password) {
        UserAccount u = me();
        requirePassword(u, password);
        List<String> codes = u.newRecoveryCodes();
        securityLog.record(
                callers.current(),
                SecurityEventType.RECOVERY_CODES_RENEWED,
                b -> b.aboutUser(u.id(), u.username().value()).organisation(organisationOf(u)));
        return codes;
    }

    /**
     * Removes the authenticator app where none is required, after the password. Every other session ends; the new
     * session epoch is returned for the session that asked.
     */
    public int removeSecondFactor(char[] password) {
        UserAccount u = me();
        requirePassword(u, password);
        if (u.secondFactorRequired()) {
            throw new DomainRuleViolation(
                    null,
                    "rule.secondFactor.required",
                    "Your account must keep a second factor; ask an operations administrator if your phone is lost");
        }
        u.resetSecondFactor();
        securityLog.record(
                callers.current(),
                SecurityEventType.SECOND_FACTOR_RESET,
                b -> b.aboutUser(u.id(), u.username().value())
                        .organisation(organisationOf(u))
                        .detail("removed by the user"));
        return u.sessionEpoch();
    }

    /** Signs the user out everywhere else (a lost laptop, a shared computer); the new epoch is this session's. */
    public int endOtherSessions() {
        UserAccount u = me();
        u.endSessions();
        securityLog.record(
                callers.current(),
                SecurityEventType.SESSION_ENDED,
                b -> b.aboutUser(u.id(), u.username().value())
                        .organisation(organisationOf(u))
                        .detail("all other sessions, by the user"));
        return u.sessionEpoch();
    }

    /**
     * The signed-in user changes its own password, proving it knows the current one. Every other session of the user
     * ends; the new session epoch is returned for the session that made the change.
     */
    public int changeOwnPassword(char[] currentPassword, String newPassword) {
        Caller caller = callers.current();
        UserAdministration.requirePerson(caller);
        UserAccount user = users.findById(caller.userId()).orElseThrow(() -> new NotFoundException("User"));
        if (!hasher.verify(currentPassword, user.passwordHash())) {
            throw new DomainRuleViolation(
                    "currentPassword", "rule.password.currentWrong", "The current password is not correct");
        }
        PasswordPolicy.problem("newPassword", newPassword, user.username().value())
                .ifPresent(p -> {
                    throw new DomainRuleViolation(List.of(p));
                });
        if (hasher.verify(newPassword.toCharArray(), user.passwordHash())) {
            throw new DomainRuleViolation(
                    "newPassword", "rule.password.unchanged", "Choose a password different from the current one");
        }
        user.changePassword(hasher.hash(newPassword.toCharArray()));
        securityLog.record(
                caller,
                SecurityEventType.PASSWORD_CHANGED,
                b -> b.aboutUser(user.id(), user.username().value()).organisation(caller.organisationId()));
        return user.sessionEpoch();
    }

    private void requirePassword(UserAccount u, char[] password) {
        if (password == null || !hasher.verify(password, u.passwordHash())) {
            throw new DomainRuleViolation("password", "rule.password.wrong", "The password is not correct");
        }
    }

    private UserAccount me() {
        Caller caller = callers.current();
        AccessPolicy.require(caller.isUser(), "Only a signed-in person has an account page");
        return users.findById(caller.userId()).orElseThrow(() -> new NotFoundException("User"));
    }

    private static Long organisationOf(UserAccount u) {
        return u.organisation() == null ? null : u.organisation().id();
    }
}
