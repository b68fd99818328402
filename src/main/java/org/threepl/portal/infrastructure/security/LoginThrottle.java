package org.threepl.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one
 * address, further attempts are refused for a while without checking the password. Kept in the
 * database so that every server behind a load balancer counts the same attempts.
 */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.login.max.failures.account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "portal.login.max.failures.address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "portal.login.block.minutes", defaultValue = "15")
    int blockMinutes;

    /** When sign-in is blocked for this account or address: the instant it is allowed again. */
    @Transactional
    public Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        return latest(blockOf(accountSubject(username), now), blockOf(addressSubject(address), now));
    }

    @Transactional
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        Duration window = Duration.ofMinutes(blockMinutes);
        entry(accountSubject(username), now).recordFailure(now, maxFailuresPerAccount, window);
        entry(addressSubject(address), now).recordFailure(now, maxFailuresPerAddress, window);
    }

    /** A successful sign-in clears the account's count (not the address's: one good password proves little). */
    @Transactional
    public void recordSuccess(String username) {
        LoginThrottleEntry e = em.find(LoginThrottleEntry.class, accountSubject(username));
        if (e != null) {
            em.remove(e);
        }
    }

    private Optional<Instant> blockOf(String subject, Instant now) {
        LoginThrottleEntry e = em.find(LoginThrottleEntry.class, subject);
        return e != null && e.isBlockedAt(now) ? Optional.of(e.blockedUntil()) : Optional.empty();
    }

    private LoginThrottleEntry entry(String subject, Instant now) {
        LoginThrottleEntry e = em.find(LoginThrottleEntry.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            e = new LoginThrottleEntry(subject, now);
            em.persist(e);
        }
        return e;
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static String accountSubject(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "user:" + (u.length() > 150 ? u.substring(0, 150) : u);
    }

    private static String addressSubject(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
