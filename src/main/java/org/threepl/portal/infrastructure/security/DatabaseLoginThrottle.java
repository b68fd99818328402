package org.threepl.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.signin.LoginThrottle;
import org.threepl.portal.infrastructure.persistence.DatabaseKind;

/**
 * Slows down password and code guessing: after too many sign-in attempts for one account, or from one address, further
 * attempts are refused for a while without checking anything. An attempt is counted <em>before</em> the password is
 * hashed, under a row lock, so a burst of parallel attempts cannot slip past the limit (each waits for the previous
 * count); a successful sign-in then clears the account's count and takes its own attempt back from the address's. Kept
 * in the database, so every server behind a load balancer counts the same attempts; rows whose window has passed are
 * purged.
 */
@ApplicationScoped
public class DatabaseLoginThrottle implements LoginThrottle {

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

    @Inject
    DatabaseKind database;

    /**
     * Counts one attempt for the account and the address, unless either is blocked: then nothing is counted and the
     * answer says until when. Its own transaction, committed before any password is checked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attempt attempt(String username, String address) {
        Instant now = clock.instant();
        Duration window = Duration.ofMinutes(blockMinutes);
        LoginThrottleEntry account = locked(accountSubject(username), now);
        LoginThrottleEntry from = locked(addressSubject(address), now);
        Optional<Instant> blocked = latest(blockOf(account, now), blockOf(from, now));
        if (blocked.isPresent()) {
            return new Attempt(blocked, 0);
        }
        account.recordFailure(now, maxFailuresPerAccount, window);
        from.recordFailure(now, maxFailuresPerAddress, window);
        return new Attempt(Optional.empty(), Math.max(0, maxFailuresPerAccount - account.failures()));
    }

    /** When sign-in is blocked for this account or address (nothing is counted). */
    @Transactional
    public Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        return latest(
                blockOf(em.find(LoginThrottleEntry.class, accountSubject(username)), now),
                blockOf(em.find(LoginThrottleEntry.class, addressSubject(address)), now));
    }

    /**
     * A successful sign-in clears the account's count and gives the address back the attempts of its successful steps
     * ({@code steps}: 1 for a password alone, 2 with the second factor); wrong ones stay counted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username, String address, int steps) {
        LoginThrottleEntry e =
                em.find(LoginThrottleEntry.class, accountSubject(username), LockModeType.PESSIMISTIC_WRITE);
        if (e != null) {
            em.remove(e);
        }
        LoginThrottleEntry a =
                em.find(LoginThrottleEntry.class, addressSubject(address), LockModeType.PESSIMISTIC_WRITE);
        if (a != null) {
            for (int i = 0; i < steps; i++) {
                a.takeBackOne();
            }
        }
    }

    /** Removes rows whose window and block have both passed; the number removed. */
    @Transactional
    public int purge() {
        Instant now = clock.instant();
        return em.createQuery("delete from LoginThrottleEntry e where e.windowStartedAt < :windowStart"
                        + " and (e.blockedUntil is null or e.blockedUntil < :now)")
                .setParameter("windowStart", now.minus(Duration.ofMinutes(blockMinutes)))
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The subject's row, created if missing, locked for the rest of the transaction. */
    private LoginThrottleEntry locked(String subject, Instant now) {
        String insert = database.isPostgresql()
                ? "insert into login_throttle (subject, failures, window_started_at) values (?1, 0, ?2) on "
                        + "conflict (subject) do nothing"
                : "insert into login_throttle (subject, failures, window_started_at) select ?1, 0, ?2"
                        + " where not exists (select 1 from login_throttle where subject = ?1)";
        em.createNativeQuery(insert)
                .setParameter(1, subject)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
        return em.find(LoginThrottleEntry.class, subject, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Optional<Instant> blockOf(LoginThrottleEntry e, Instant now) {
        return e != null && e.isBlockedAt(now) ? Optional.of(e.blockedUntil()) : Optional.empty();
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

    static String accountSubject(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "user:" + (u.length() > 150 ? u.substring(0, 150) : u);
    }

    static String addressSubject(String address) {
        String a = address == null ? "unknown" : address;
        return "address:" + (a.length() > 100 ? a.substring(0, 100) : a);
    }
}
