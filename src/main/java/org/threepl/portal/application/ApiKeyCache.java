package org.threepl.portal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API keys this server proved a moment ago, so that a client sending many requests is not looked up in the database for
 * each one (the look-up was about a tenth of the CPU of a history page). An entry lives
 * {@code portal.api.key.cache.seconds} (default 5; 0 turns the cache off), keyed by the key's SHA-256 digest, never by
 * the key itself. Only keys that passed are kept.
 *
 * <p>Revoking a key or suspending an organisation empties this server's cache when the change commits, so it takes
 * effect at once here; on the other servers of a cluster within those few seconds.
 */
@ApplicationScoped
public class ApiKeyCache {

    /** A bound far above any real number of keys; reaching it just starts afresh. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long expiresAtNanos) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "portal.api.key.cache.seconds", defaultValue = "5")
    int seconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The caller proved by the key with this digest, if it was proved within the last few seconds. */
    public Caller find(String keyDigest) {
        Entry e = entries.get(keyDigest);
        if (e == null) {
            return null;
        }
        if (System.nanoTime() - e.expiresAtNanos() >= 0) {
            entries.remove(keyDigest, e);
            return null;
        }
        return e.caller();
    }

    public void remember(String keyDigest, Caller caller) {
        if (seconds <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(keyDigest, new Entry(caller, System.nanoTime() + seconds * 1_000_000_000L));
    }

    /**
     * Forgets every key when the current transaction ends (now, if there is none): called when a key is revoked or an
     * organisation suspended. After the end, so that no request re-reads the old state in between.
     */
    public void forgetAllAfterTransaction() {
        entries.clear();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }
}
