package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database the server runs on, read once from {@code db.kind} (DB_KIND): {@code h2}, the demo's embedded default,
 * or {@code postgresql}. Every class that writes SQL of one vendor or opens a connection of its own asks here.
 */
@ApplicationScoped
public class DatabaseKind {

    @Inject
    @ConfigProperty(name = "db.kind", defaultValue = "h2")
    String kind;

    /** {@code h2} or {@code postgresql}, as configured. */
    public String name() {
        return kind;
    }

    public boolean isPostgresql() {
        return "postgresql".equals(kind);
    }

    public boolean isH2() {
        return "h2".equalsIgnoreCase(kind);
    }

    /** The server's data source (jdbc/portal-h2 or jdbc/portal-postgresql), the one the persistence unit uses. */
    public DataSource dataSource() {
        String name = "jdbc/portal-" + kind;
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source " + name + ": is db.kind (DB_KIND) h2 or postgresql?", e);
        }
    }
}
