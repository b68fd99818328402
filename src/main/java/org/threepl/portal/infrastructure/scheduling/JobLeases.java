package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.threepl.portal.infrastructure.persistence.DatabaseKind;

/**
 * The leases on the server's data source ({@link JdbcLeases}), each statement in a transaction of its own: a lease
 * taken on behalf of a caller inside a transaction is visible to every server at once, and the heartbeat that renews it
 * never waits for the caller's transaction.
 */
@ApplicationScoped
public class JobLeases implements LeaseStore {

    @Inject
    DatabaseKind database;

    private volatile JdbcLeases jdbc;

    JdbcLeases jdbc() {
        JdbcLeases j = jdbc;
        if (j == null) {
            j = new JdbcLeases(database.dataSource());
            jdbc = j;
        }
        return j;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, Duration length, Duration notWithin) {
        return jdbc().acquire(job, holder, length, notWithin);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(String job, String holder, Duration length) {
        return jdbc().renew(job, holder, length);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String holder) {
        jdbc().release(job, holder);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String job, String holder, Instant watermark) {
        jdbc().complete(job, holder, watermark);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> watermark(String job) {
        return jdbc().watermark(job);
    }
}
