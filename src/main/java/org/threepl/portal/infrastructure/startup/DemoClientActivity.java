package org.threepl.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.threepl.portal.domain.model.account.ApiKey;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.SavedFilter;

/**
 * How the demo clients use the portal and who looks after them, the facts the relationship computation measures: their
 * integration keys in use since the contracts began, their account managers since when, their people's sign-ins (Acme's
 * steady, Nordwind's falling off, Huaxia's growing) and Acme's saved filters.
 */
@ApplicationScoped
class DemoClientActivity {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void load(Organisation acme, Organisation nordwind, Organisation huaxia, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        // integrations: the keys were issued when the contracts began and are in daily use (Huaxia's is read-only and
        // idle)
        integration(DemoData.ACME_KEY, now.minus(420, ChronoUnit.DAYS), now.minus(2, ChronoUnit.HOURS));
        integration(DemoData.NORDWIND_KEY, now.minus(850, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
        integration(DemoData.HUAXIA_KEY, now.minus(80, ChronoUnit.DAYS), null);

        // the account managers have looked after their clients since the contracts began (Huaxia: since its kick-off)
        assignedSince("am.lee", acme, now.minus(420, ChronoUnit.DAYS));
        assignedSince("am.schmidt", nordwind, now.minus(700, ChronoUnit.DAYS));
        assignedSince("am.lee", huaxia, now.minus(85, ChronoUnit.DAYS));

        // portal use: Acme's people sign in several times a week and keep saved filters; Nordwind's less and less;
        // Huaxia's are learning
        signIns("acme.admin", 3, 3, today, now);
        signIns("acme.user", 4, 4, today, now);
        signIns("nordwind.admin", 2, 1, today, now);
        signIns("nordwind.user", 1, 0, today, now);
        signIns("huaxia.admin", 0, 2, today, now);
        Long acmeUser = userId("acme.user");
        em.persist(new SavedFilter(
                acmeUser, "Delayed this week", "status=DELAYED&sort=PICKUP_DESC", now.minus(200, ChronoUnit.DAYS)));
        em.persist(
                new SavedFilter(acmeUser, "Returns lane", "q=RET-&sort=PICKUP_DESC", now.minus(120, ChronoUnit.DAYS)));
    }

    private void assignedSince(String manager, Organisation org, Instant since) {
        em.createNativeQuery(
                        "update account_assignment set assigned_at = ?1 where organisation_id = ?2 and manager_id = ?3")
                .setParameter(1, Timestamp.from(since))
                .setParameter(2, org.id())
                .setParameter(3, userId(manager))
                .executeUpdate();
    }

    private Long userId(String username) {
        return em.createQuery("select u.id from UserAccount u where u.username = :n", Long.class)
                .setParameter("n", username)
                .getSingleResult();
    }

    /**
     * A user's sign-ins: {@code earlierPerWeek} a week from 180 to 90 days ago, {@code recentPerWeek} since (so the
     * login trend has two windows to compare), and the last sign-in accordingly.
     */
    private void signIns(String username, int earlierPerWeek, int recentPerWeek, LocalDate today, Instant now) {
        Long id = userId(username);
        Long org = em.createQuery("select u.organisation.id from UserAccount u where u.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        LocalDate last = null;
        for (int day = 180; day >= 1; day--) {
            LocalDate d = today.minusDays(day);
            int perWeek = day > 90 ? earlierPerWeek : recentPerWeek;
            if (perWeek > 0
                    && d.getDayOfWeek().getValue()
                            <= perWeek) { // Monday, Tuesday, ... as many weekdays as sign-ins a week
                em.createNativeQuery("insert into user_sign_in_day (user_id, organisation_id, sign_in_day, "
                                + "sign_ins) values (?1, ?2, ?3, 1)")
                        .setParameter(1, id)
                        .setParameter(2, org)
                        .setParameter(3, java.sql.Date.valueOf(d))
                        .executeUpdate();
                last = d;
            }
        }
        if (last != null) {
            em.createNativeQuery("update user_account set last_login_at = ?1 where id = ?2")
                    .setParameter(1, Timestamp.from(last.atTime(8, 30).toInstant(ZoneOffset.UTC)))
                    .setParameter(2, id)
                    .executeUpdate();
        }
    }

    /** Dates a demo key: when it was issued and last used. */
    void integration(String key, Instant issued, Instant lastUsed) {
        em.createNativeQuery("update api_credential set created_at = ?1, last_used_at = ?2 where key_prefix = ?3")
                .setParameter(1, Timestamp.from(issued))
                .setParameter(2, lastUsed == null ? null : Timestamp.from(lastUsed))
                .setParameter(3, ApiKey.parse(key).orElseThrow().prefix())
                .executeUpdate();
    }
}
