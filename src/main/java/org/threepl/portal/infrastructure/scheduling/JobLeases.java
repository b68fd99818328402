package org.threepl.portal.infrastructure.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.infrastructure.startup.ApplicationStartup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leases on the rows of {@code job_lease}: taking one is a single conditional update, which the
 * database applies for one server only; the lease also keeps the job's watermark (how far it got).
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "db.kind", defaultValue = "h2")
    String dbKind;

    /** The leases this deployment holds now (job to holder), given up when it stops. */
    private final Map<String, String> held = new ConcurrentHashMap<>();

    /** Takes the job's lease for {@code length} if nobody holds it now; true if this holder has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, Instant now, Duration length) {
        boolean taken = em.createNativeQuery("update job_lease set holder = ?1, leased_until = ?2 where name = ?3 and leased_until < ?4")
                .setParameter(1, holder).setParameter(2, Timestamp.from(now.plus(length))).setParameter(3, job)
                .setParameter(4, Timestamp.from(now)).executeUpdate() == 1;
        if (taken) {
            held.put(job, holder);
        }
        return taken;
    }

    /** Gives the lease up and records how far the job got. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String holder, Instant watermark, Instant now) {
        held.remove(job, holder);
        em.createNativeQuery("update job_lease set leased_until = ?1, watermark = coalesce(?2, watermark) where name = ?3 and holder = ?4")
                .setParameter(1, Timestamp.from(now)).setParameter(2, watermark == null ? null : Timestamp.from(watermark))
                .setParameter(3, job).setParameter(4, holder).executeUpdate();
    }

    /**
     * A run cut short by the application stopping (an undeploy, a server shutdown) never reaches its
     * release, and its lease would keep every server from the job until it expires: give such leases up
     * here, through the server's data source (the persistence unit may already be closing). The
     * watermark stays where the last completed run left it, so the next run repeats the interrupted work.
     */
    @PreDestroy
    void releaseHeldLeases() {
        if (held.isEmpty()) {
            return;
        }
        try (Connection c = ApplicationStartup.dataSource(dbKind).getConnection();
             PreparedStatement release = c.prepareStatement("update job_lease set leased_until = ? where name = ? and holder = ?")) {
            for (Map.Entry<String, String> lease : held.entrySet()) {
                release.setTimestamp(1, Timestamp.from(Instant.now()));
                release.setString(2, lease.getKey());
                release.setString(3, lease.getValue());
                release.executeUpdate();
                LOG.info(() -> "Gave up the lease of job " + lease.getKey() + " as the application stops");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not give up the job leases as the application stops; they expire on their own", e);
        }
    }

    @Transactional
    public Optional<Instant> watermark(String job) {
        List<?> v = em.createNativeQuery("select watermark from job_lease where name = ?1").setParameter(1, job).getResultList();
        if (v.isEmpty() || v.get(0) == null) {
            return Optional.empty();
        }
        Object o = v.get(0);
        return Optional.of(o instanceof Timestamp t ? t.toInstant() : o instanceof java.time.OffsetDateTime t ? t.toInstant() : (Instant) o);
    }
}
