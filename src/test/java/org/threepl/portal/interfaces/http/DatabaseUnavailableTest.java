package org.threepl.portal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainIsUnavailability() {
        assertTrue(DatabaseUnavailable.causedIt(new PersistenceException(
                "could not execute", new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE))));
        assertTrue(DatabaseUnavailable.causedIt(
                new PersistenceException(new PSQLException("refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))));
        assertTrue(DatabaseUnavailable.causedIt(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.causedIt(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.causedIt(new SQLTransientConnectionException("no connection in time")));
        assertTrue(DatabaseUnavailable.causedIt(new IllegalStateException(new ConnectException("refused"))));
    }

    @Test
    void aTransactionEndedToSettleAConflictWithAnotherMaySucceedWhenSentAgain() {
        assertTrue(DatabaseUnavailable.causedIt(
                new PersistenceException(new PSQLException("deadlock detected", PSQLState.DEADLOCK_DETECTED))));
        assertTrue(DatabaseUnavailable.causedIt(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(DatabaseUnavailable.causedIt(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causedIt(new SQLException("syntax", "42601")));
        assertFalse(DatabaseUnavailable.causedIt(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causedIt(new IllegalStateException("not a database failure")));
    }
}
