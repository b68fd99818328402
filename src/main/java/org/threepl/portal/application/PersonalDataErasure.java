package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.threepl.portal.application.view.UserView;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A person's right to erasure: a client user's by the organisation's admins or the 3PL's operations admins, a staff
 * member's by the operations admins, always in person and never one's own account. A disabled account is erased at once
 * ({@link UserAccount#erase}) with what only served the person (notifications, saved filters, scheduled reports, mails
 * still waiting); the records that must stay keep the typed actor, and the housekeeping replaces the name beside it
 * with the pseudonym ({@link #pseudonymiseRecords}), since some of those tables are the largest there are.
 */
@ApplicationScoped
@Transactional
public class PersonalDataErasure {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    UserAdministration admin;

    @Inject
    UserAccountRepository users;

    @Inject
    PersonalData personalData;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityLog securityLog;

    @Inject
    Clock clock;

    public UserView erase(Long organisationId, Long userId, int expectedVersion) {
        Caller caller = admin.administrable(organisationId);
        UserAdministration.requirePerson(caller);
        UserAccount user = admin.clientUser(caller, organisationId, userId);
        Versions.require(user.version(), expectedVersion, "The user");
        return erase(caller, user, organisationId);
    }

    /** A staff member's erasure, by an operations admin; their client assignments end with it. */
    public UserView eraseStaffMember(Long userId, int expectedVersion) {
        Caller caller = admin.requireOps();
        UserAccount user = users.findById(userId)
                .filter(u -> u.role().isStaffRole())
                .orElseThrow(() -> new NotFoundException("Staff member " + userId));
        Versions.require(user.version(), expectedVersion, "The staff member");
        return erase(caller, user, null);
    }

    private UserView erase(Caller caller, UserAccount user, Long organisationId) {
        if (user.id().equals(caller.userId())) {
            throw new DomainRuleViolation(null, "rule.user.eraseSelf", "You cannot erase your own account");
        }
        String email = user.email().value();
        // a password nobody knows, hashed like any other, so that the account keeps a well-formed hash
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        user.erase(hasher.hash(Base64.getEncoder().encodeToString(secret).toCharArray()), clock.instant());
        personalData.forget(user.id(), email, user.pseudonym(), clock.instant());
        users.flush();
        securityLog.record(
                caller,
                SecurityEventType.USER_ERASED,
                b -> organisationId == null
                        ? b.aboutUser(user.id(), user.pseudonym())
                        : b.aboutUser(user.id(), user.pseudonym()).organisation(organisationId));
        admin.tellClientAdminsIfThe3plActed(caller, user, "ERASED");
        return UserView.of(user);
    }

    /** For the housekeeping: the queued erasures' names replaced in the records; the number of people done. */
    public int pseudonymiseRecords() {
        return personalData.pseudonymiseQueued(clock.instant());
    }
}
