package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which failures mean "the database is away" (503 + Retry-After) rather than a fault of the
 * request or the service. scripts/fault-test.sh shows the same against a real outage.
 */
class DatabaseUnavailableTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "08003", "57P01", "57P03"})
    void connectionAndShutdownStatesAreUnavailable(String state) {
        PersistenceException e = new PersistenceException("wrapped",
                new SQLException("server gone", state));
        assertTrue(ProblemMappers.databaseUnavailable(e), state);
        Response r = new ProblemMappers().persistence(e, null);
        assertEquals(503, r.getStatus());
        assertEquals(String.valueOf(ProblemMappers.RETRY_AFTER_SECONDS), r.getHeaderString("Retry-After"));
        assertEquals("application/problem+json", r.getMediaType().toString());
    }

    @Test
    void anExhaustedPoolIsUnavailable() {
        assertFalse(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("some other failure"))));
        assertTrue(ProblemMappers.databaseUnavailable(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    /** As the fault test saw it once: PostgreSQL stopped while the pool enlisted a connection in a write. */
    @Test
    void aConnectionThatBreaksWhileEnlistedIsUnavailable() {
        SQLException enlist = new SQLException("Failed to enlist. Check if a connection from another datasource is "
                + "already enlisted to the same transaction");
        SQLException association = new SQLException("Exception in association of connection to existing transaction",
                enlist);
        assertTrue(ProblemMappers.databaseUnavailable(new PersistenceException(
                "Unable to acquire JDBC Connection [Exception in association of connection to existing transaction]",
                association)));
    }

    @Test
    void aFailedCommitCarriesTheConnectionFailureAsSuppressed() {
        // What Narayana throws when COMMIT loses its connection (ConnectionLostTest shows it for real).
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("terminating connection due to administrator command", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        xa.addSuppressed(rollback);
        assertTrue(ProblemMappers.databaseUnavailable(new RuntimeException(rollback)));
        assertFalse(ProblemMappers.databaseUnavailable(new RuntimeException(
                new Exception("ARJUNA016053: Could not commit transaction."))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "22001", "42P01"})
    void dataAndProgrammingErrorsAreNot(String state) {
        assertFalse(ProblemMappers.databaseUnavailable(new PersistenceException(new SQLException("x", state))));
    }
}
