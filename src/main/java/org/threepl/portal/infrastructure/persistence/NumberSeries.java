package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Yearly number series (claims, credit notes, billing adjustments): each next number is one more than the last, under a
 * row lock, so two servers never hand out the same number. In the caller's transaction.
 */
@ApplicationScoped
public class NumberSeries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The next number of the series {@code counter} in {@code year}; the first is 1. */
    public int next(String counter, int year) {
        int updated = em.createNativeQuery(
                        "update number_counter set last_value = last_value + 1 where counter = ?1 and "
                                + "counter_year = ?2")
                .setParameter(1, counter)
                .setParameter(2, year)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into number_counter (counter, counter_year, last_value) values (?1, ?2, 1)")
                    .setParameter(1, counter)
                    .setParameter(2, year)
                    .executeUpdate();
            return 1;
        }
        return ((Number) em.createNativeQuery(
                                "select last_value from number_counter where counter = ?1 and counter_year = ?2")
                        .setParameter(1, counter)
                        .setParameter(2, year)
                        .getSingleResult())
                .intValue();
    }
}
