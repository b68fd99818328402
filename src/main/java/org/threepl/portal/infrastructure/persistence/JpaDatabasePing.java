package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.DatabasePing;

/** A round trip to the database, for the readiness check. */
@ApplicationScoped
public class JpaDatabasePing implements DatabasePing {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The JPA provider actually serving the persistence unit, e.g. "Hibernate ORM 7.4.13.Final": proof at run time that
     * Liberty did not fall back to its own provider.
     */
    public String jpaProvider() {
        em.getEntityManagerFactory().unwrap(org.hibernate.SessionFactory.class);
        return "Hibernate ORM " + org.hibernate.Version.getVersionString();
    }

    /** Milliseconds for a trivial query; throws if the database does not answer. */
    @Transactional
    public long ping() {
        long start = System.nanoTime();
        em.createNativeQuery("select 1").getSingleResult();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
