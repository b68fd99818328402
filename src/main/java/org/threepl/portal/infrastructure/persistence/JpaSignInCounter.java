package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.threepl.portal.application.signin.SignInCounter;

/**
 * Counts successful portal sign-ins per user and UTC day ({@code user_sign_in_day}), for the login trend of
 * relationship management. One small upsert per sign-in (sign-ins are rare, unlike API requests, which are never
 * counted here). It runs in a transaction of its own and never fails a sign-in: a lost count (two sign-ins of the same
 * user racing to create the day's row) costs nothing.
 */
@ApplicationScoped
public class JpaSignInCounter implements SignInCounter {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(Long userId, Long organisationId, LocalDate day) {
        int updated = em.createNativeQuery(
                        "update user_sign_in_day set sign_ins = sign_ins + 1 where user_id = ?1 and sign_in_day = ?2")
                .setParameter(1, userId)
                .setParameter(2, java.sql.Date.valueOf(day))
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into user_sign_in_day (user_id, organisation_id, sign_in_day, sign_ins) "
                            + "values (?1, ?2, ?3, 1)")
                    .setParameter(1, userId)
                    .setParameter(2, organisationId)
                    .setParameter(3, java.sql.Date.valueOf(day))
                    .executeUpdate();
        }
    }
}
