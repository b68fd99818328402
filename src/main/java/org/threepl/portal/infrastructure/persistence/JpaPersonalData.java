package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.threepl.portal.application.PersonalData;

/**
 * A person's data in the tables. The records that name who acted keep a typed actor, three columns: {@code <x>_kind},
 * {@code <x>_id} and the name {@code <x>}; they are found in the schema itself, so a table added later with such an
 * actor is covered without a change here. The security log's subject name is the one other copy.
 */
@ApplicationScoped
public class JpaPersonalData implements PersonalData {

    /** A table's typed actor: the name column {@code prefix} beside {@code prefix_kind} and {@code prefix_id}. */
    record NamedActor(String table, String prefix) {}

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    @Transactional
    public void forget(Long userId, String email, String pseudonym, Instant now) {
        for (String sql : List.of(
                "delete from notification where user_id = ?1",
                "delete from saved_filter where user_id = ?1",
                "delete from report_schedule where owner_id = ?1",
                "delete from report_file where owner_id = ?1",
                // an account manager's clients are no longer theirs
                "delete from account_assignment where manager_id = ?1")) {
            em.createNativeQuery(sql).setParameter(1, userId).executeUpdate();
        }
        em.createNativeQuery("delete from mail_outbox where recipient = ?1 and state = 'PENDING'")
                .setParameter(1, email)
                .executeUpdate();
        em.createNativeQuery("insert into personal_data_erasure (user_id, pseudonym, requested_at) values (?1, ?2, ?3)")
                .setParameter(1, userId)
                .setParameter(2, pseudonym)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    @Override
    @Transactional
    public int pseudonymiseQueued(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> queued = em.createNativeQuery(
                        "select user_id, pseudonym from personal_data_erasure where records_done_at is null "
                                + "order by requested_at")
                .getResultList();
        if (queued.isEmpty()) {
            return 0;
        }
        List<NamedActor> actors = namedActors();
        for (Object[] row : queued) {
            long userId = ((Number) row[0]).longValue();
            String pseudonym = (String) row[1];
            for (NamedActor a : actors) {
                em.createNativeQuery("update " + a.table() + " set " + a.prefix() + " = ?1 where " + a.prefix()
                                + "_kind = 'USER' and " + a.prefix() + "_id = ?2 and " + a.prefix() + " <> ?1")
                        .setParameter(1, pseudonym)
                        .setParameter(2, userId)
                        .executeUpdate();
            }
            em.createNativeQuery("update security_event set subject_name = ?1 where subject_user_id = ?2 "
                            + "and subject_name <> ?1")
                    .setParameter(1, pseudonym)
                    .setParameter(2, userId)
                    .executeUpdate();
            em.createNativeQuery("update personal_data_erasure set records_done_at = ?1 where user_id = ?2")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, userId)
                    .executeUpdate();
        }
        return queued.size();
    }

    /** Every typed actor of the schema, read from its catalogue. */
    List<NamedActor> namedActors() {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery(
                        "select table_name, column_name from information_schema.columns where table_schema = "
                                + "current_schema")
                .getResultList();
        Set<String> present = new HashSet<>();
        for (Object[] c : columns) {
            present.add(lower(c[0]) + "." + lower(c[1]));
        }
        List<NamedActor> actors = new ArrayList<>();
        for (Object[] c : columns) {
            String table = lower(c[0]);
            String column = lower(c[1]);
            if (column.endsWith("_kind")) {
                String prefix = column.substring(0, column.length() - "_kind".length());
                if (present.contains(table + "." + prefix) && present.contains(table + "." + prefix + "_id")) {
                    actors.add(new NamedActor(table, prefix));
                }
            }
        }
        actors.sort(java.util.Comparator.comparing(NamedActor::table).thenComparing(NamedActor::prefix));
        return actors;
    }

    private static String lower(Object name) {
        return String.valueOf(name).toLowerCase(Locale.ROOT);
    }
}
