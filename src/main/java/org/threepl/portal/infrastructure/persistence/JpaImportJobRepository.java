package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.threepl.portal.application.shipment.ImportJobRepository;
import org.threepl.portal.domain.model.shipment.ImportJob;

/** Import jobs. Every change commits at once, so that every server sees a job's progress as it happens. */
@ApplicationScoped
public class JpaImportJobRepository implements ImportJobRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Long add(ImportJob job) {
        em.persist(job);
        em.flush();
        return job.id();
    }

    /** Applies a change to the job in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void change(Long id, Consumer<ImportJob> change) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null) {
            throw new IllegalArgumentException("No import job " + id);
        }
        change.accept(job);
    }

    @Transactional
    public Optional<ImportJob> find(Long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job != null) {
            job.problems(); // loaded while the transaction is open
        }
        return Optional.ofNullable(job);
    }

    /** The job with its problems and rejected lines as written. */
    @Transactional
    public Optional<ImportJob> findWithRejectedLines(Long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job != null) {
            job.problems();
            job.rejectedLines();
        }
        return Optional.ofNullable(job);
    }

    @Transactional
    public List<ImportJob> latest(int count) {
        return em.createQuery("select j from ImportJob j order by j.queuedAt desc, j.id desc", ImportJob.class)
                .setMaxResults(count)
                .getResultList();
    }

    @Override
    @Transactional
    public int purgeFinishedBefore(java.time.Instant before) {
        String finished = "select id from import_job where status in ('DONE', 'FAILED') and finished_at < ?1";
        var at = java.sql.Timestamp.from(before);
        em.createNativeQuery("delete from import_job_error where job_id in (" + finished + ")")
                .setParameter(1, at)
                .executeUpdate();
        em.createNativeQuery("delete from import_job_rejected_line where job_id in (" + finished + ")")
                .setParameter(1, at)
                .executeUpdate();
        return em.createNativeQuery("delete from import_job where id in (" + finished + ")")
                .setParameter(1, at)
                .executeUpdate();
    }
}
