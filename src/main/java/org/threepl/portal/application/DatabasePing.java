package org.threepl.portal.application;

/**
 * A round trip to the database, for the readiness check.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaDatabasePing}.
 */
public interface DatabasePing {
    /**
     * The JPA provider actually serving the persistence unit, e.g. "Hibernate ORM 7.4.13.Final": proof at run time that
     * Liberty did not fall back to its own provider.
     */
    String jpaProvider();

    /** Milliseconds for a trivial query; throws if the database does not answer. */
    long ping();
}
