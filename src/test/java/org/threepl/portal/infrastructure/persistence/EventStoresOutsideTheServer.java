package org.threepl.portal.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.threepl.portal.application.shipment.TrackingEventStore;

/**
 * The two {@link TrackingEventStore}s run in a test's own JVM, on a resource-local persistence unit over a database
 * Flyway has migrated (the integration tests' PostgreSQL, which the test server migrates): so that a test can call a
 * store directly, commit, and read back on another connection what it stored and what it reported.
 */
public final class EventStoresOutsideTheServer {

    private EventStoresOutsideTheServer() {}

    /** The portal's persistence unit (the classes persistence.xml lists, its settings) on a JDBC address. */
    public static EntityManagerFactory unit(String jdbcUrl, String user, String password) {
        HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("event-stores")
                .jdbcUrl(jdbcUrl)
                .jdbcCredentials(user, password);
        config.transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL);
        for (Class<?> c : entities()) {
            config.managedClass(c);
        }
        config.property("hibernate.jdbc.time_zone", "UTC");
        config.property("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP_UTC");
        config.property("hibernate.jdbc.batch_size", "50");
        config.property("hibernate.order_inserts", "true");
        config.property("hibernate.order_updates", "true");
        config.property("hibernate.hbm2ddl.auto", "none");
        return config.createEntityManagerFactory();
    }

    /**
     * {@code postgresql} or {@code jpa}: the store the server would choose for that database, on this entity manager.
     */
    public static TrackingEventStore store(String kind, EntityManager em) {
        return switch (kind) {
            case "postgresql" -> {
                PostgresTrackingEventStore s = new PostgresTrackingEventStore();
                s.em = em;
                yield s;
            }
            case "jpa" -> {
                JpaTrackingEventStore s = new JpaTrackingEventStore();
                s.em = em;
                yield s;
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Runs {@code work} in one transaction of its own, committed (rolled back if it fails). */
    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static List<Class<?>> entities() {
        try {
            String xml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
            Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
            List<Class<?>> classes = new ArrayList<>();
            while (m.find()) {
                classes.add(Class.forName(m.group(1)));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
