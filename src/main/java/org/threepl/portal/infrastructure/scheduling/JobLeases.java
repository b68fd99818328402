package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Leases on the rows of {@code job_lease}: taking one is a single conditional update, which the
 * database applies for one server only; the lease also keeps the job's watermark (how far it got).
 */
@ApplicationScoped
public class JobLeases {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Takes the job's lease for {@code length} if nobody holds it now; true if this holder has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, Instant now, Duration length) {
        return em.createNativeQuery("update job_lease set holder = ?1, leased_until = ?2 where name = ?3 and leased_until < ?4")
                .setParameter(1, holder).setParameter(2, Timestamp.from(now.plus(length))).setParameter(3, job)
                .setParameter(4, Timestamp.from(now)).executeUpdate() == 1;
    }

    /** Gives the lease up and records how far the job got. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String holder, Instant watermark, Instant now) {
        em.createNativeQuery("update job_lease set leased_until = ?1, watermark = coalesce(?2, watermark) where name = ?3 and holder = ?4")
                .setParameter(1, Timestamp.from(now)).setParameter(2, watermark == null ? null : Timestamp.from(watermark))
                .setParameter(3, job).setParameter(4, holder).executeUpdate();
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
