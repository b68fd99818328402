package org.threepl.portal.interfaces.http;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means the database could not be reached (down, restarting, failing over, or the pool found no
 * connection in time), or ended the transaction to settle a conflict with a concurrent one (a deadlock, a serialization
 * failure): the request may succeed when sent again, so the API and the pages answer 503 with {@code Retry-After}
 * rather than 500.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causedIt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), PostgreSQL's 57P01–57P03 (the server shutting down, crashed, or not yet
     * accepting connections), 40001 (serialization failure) and 40P01 (deadlock detected).
     */
    private static boolean unavailable(String state) {
        return state != null
                && (state.startsWith("08")
                        || Set.of("57P01", "57P02", "57P03", "40001", "40P01").contains(state));
    }
}
