package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.scheduledreport.ReportScheduleRepository;
import org.threepl.portal.domain.model.report.ReportFile;
import org.threepl.portal.domain.model.report.ReportSchedule;
import org.threepl.portal.domain.model.report.ScheduleState;

/** Report schedules and their kept files in JPA (PostgreSQL and H2), in the caller's transaction. */
@ApplicationScoped
@Transactional
public class JpaReportScheduleRepository implements ReportScheduleRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public ReportSchedule add(ReportSchedule schedule) {
        em.persist(schedule);
        em.flush();
        return schedule;
    }

    @Override
    public Optional<ReportSchedule> find(Long id) {
        return Optional.ofNullable(em.find(ReportSchedule.class, id));
    }

    @Override
    public Optional<ReportSchedule> lock(Long id) {
        return Optional.ofNullable(em.find(ReportSchedule.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ReportSchedule> ownedBy(Long ownerId) {
        return em.createQuery(
                        "select s from ReportSchedule s where s.ownerId = :owner order by lower(s.title), s.id",
                        ReportSchedule.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    @Override
    public List<Long> dueIds(Instant now, int limit) {
        return em.createQuery(
                        "select s.id from ReportSchedule s where s.state = :active and s.nextRunAt <= :now"
                                + " order by s.nextRunAt, s.id",
                        Long.class)
                .setParameter("active", ScheduleState.ACTIVE)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void remove(ReportSchedule schedule) {
        em.remove(schedule);
    }

    @Override
    public ReportFile addFile(ReportFile file) {
        em.persist(file);
        return file;
    }

    @Override
    public Optional<ReportFile> findFile(String token) {
        return em.createQuery("select f from ReportFile f where f.token = :token", ReportFile.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int purgeFilesExpiredBefore(Instant now) {
        return em.createQuery("delete from ReportFile f where f.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
