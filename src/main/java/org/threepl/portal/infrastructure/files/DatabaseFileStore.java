package org.threepl.portal.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.threepl.portal.application.dispute.FileStore;

/**
 * Stores bytes under a generated key in the table {@code stored_file}, in the caller's transaction: every server of a
 * cluster reads what any of them stored, a backup of the database holds the evidence too, and a rolled-back upload
 * leaves nothing behind.
 */
@ApplicationScoped
public class DatabaseFileStore implements FileStore {

    static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void put(String key, byte[] content) {
        em.createNativeQuery("insert into stored_file (storage_key, content, stored_at) values (?1, ?2, ?3)")
                .setParameter(1, checked(key))
                .setParameter(2, content)
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public byte[] get(String key) {
        List<?> rows = em.createNativeQuery("select content from stored_file where storage_key = ?1")
                .setParameter(1, checked(key))
                .getResultList();
        if (rows.isEmpty()) {
            throw new UncheckedIOException(
                    "The stored file " + key + " is missing", new java.io.FileNotFoundException(key));
        }
        return (byte[]) rows.get(0);
    }

    /** Stores the content under the key in a transaction of its own unless a file is stored there; true if it was. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean putIfAbsent(String key, byte[] content) {
        boolean absent = em.createNativeQuery("select 1 from stored_file where storage_key = ?1")
                .setParameter(1, checked(key))
                .getResultList()
                .isEmpty();
        if (absent) {
            put(key, content);
        }
        return absent;
    }

    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return key;
    }
}
