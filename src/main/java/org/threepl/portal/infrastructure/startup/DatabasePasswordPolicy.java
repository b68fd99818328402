package org.threepl.portal.infrastructure.startup;

import java.util.Locale;
import java.util.Set;

/**
 * The server does not start on PostgreSQL with no password or one anybody would try first (the demo's {@code portal},
 * PostgreSQL's {@code postgres} and their like): a production database is reached with a secret from the environment.
 * The embedded H2 demo has no password to guard.
 */
public final class DatabasePasswordPolicy {

    private static final Set<String> WELL_KNOWN =
            Set.of("", "portal", "postgres", "password", "admin", "changeme", "secret", "123456", "root", "sa");

    private DatabasePasswordPolicy() {}

    /** Throws if the database kind is PostgreSQL and the password is missing or well known. */
    public static void check(String dbKind, String user, String password) {
        if (!"postgresql".equalsIgnoreCase(dbKind)) {
            return;
        }
        String p = password == null ? "" : password.strip();
        if (WELL_KNOWN.contains(p.toLowerCase(Locale.ROOT)) || p.equalsIgnoreCase(user)) {
            throw new IllegalStateException("The portal does not start on PostgreSQL with "
                    + (p.isEmpty() ? "no password" : "a default or well-known password")
                    + ": set DB_PASSWORD (db.password) to the database user's own secret (docs/deployment.md)");
        }
    }
}
