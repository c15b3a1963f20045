package jp.industryplans.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Which state a pooled connection reads (公表版 or 作業中) is set on checkout and remembered only
 * where it is sure to hold: a path set inside a transaction that rolls back is undone by
 * PostgreSQL, and the next checkout must not take the remembered path for the real one, or the
 * public would read drafts.
 */
@QuarkusTest
class ReleasedSearchPathTest {

    @Inject
    AgroalDataSource dataSource;

    private final AtomicBoolean released = new AtomicBoolean();
    private final ReleasedSearchPath interceptor = new ReleasedSearchPath(released::get);

    private static String searchPath(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW search_path")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * The pool's own interceptor remembers this connection as set to the working state (it was
     * checked out outside a request): it goes back to the pool in that state, whatever happened.
     */
    private static void restore(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
        }
        try (Statement s = c.createStatement()) {
            s.execute(ReleasedSearchPath.WORKING);
        }
    }

    private String checkout(Connection c, boolean releasedOnly) throws SQLException {
        released.set(releasedOnly);
        interceptor.onConnectionAcquire(c);
        return searchPath(c);
    }

    @Test
    void eachCheckoutReadsTheStateOfItsCaller() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try {
                assertEquals("released, public", checkout(c, true));
                assertEquals("public", checkout(c, false));
                assertEquals("released, public", checkout(c, true));
                assertEquals("released, public", checkout(c, true));
                assertEquals("public", checkout(c, false));
            } finally {
                restore(c);
            }
        }
    }

    @Test
    void aPathSetInATransactionThatRolledBackIsNotTakenForTheConnectionsState() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try {
                assertEquals("public", checkout(c, false));
                c.setAutoCommit(false);
                assertEquals("released, public", checkout(c, true));
                c.rollback();
                c.setAutoCommit(true);
                // PostgreSQL undid the SET: the connection reads the working state again.
                assertEquals("public", searchPath(c));
                // A public caller's checkout must set the path again, not trust the rolled-back one.
                assertEquals("released, public", checkout(c, true));
                // And the other way round: a staff checkout after a rolled-back public one.
                c.setAutoCommit(false);
                assertEquals("public", checkout(c, false));
                c.rollback();
                c.setAutoCommit(true);
                assertEquals("released, public", searchPath(c));
                assertEquals("public", checkout(c, false));
            } finally {
                restore(c);
            }
        }
    }

    @Test
    void aPathAlreadyCommittedIsNotSetAgain() throws SQLException {
        AtomicInteger statements = new AtomicInteger();
        try (Connection real = dataSource.getConnection()) {
            try {
                countCheckouts(real, statements);
            } finally {
                restore(real);
            }
        }
    }

    private void countCheckouts(Connection real, AtomicInteger statements) throws SQLException {
        Connection counted = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        released.set(true);
        interceptor.onConnectionAcquire(counted);
        interceptor.onConnectionAcquire(counted);
        interceptor.onConnectionAcquire(counted);
        assertEquals(1, statements.get(), "one SET for three checkouts by public callers");
        released.set(false);
        interceptor.onConnectionAcquire(counted);
        assertEquals(2, statements.get(), "a staff caller's checkout sets the working state");
        // Inside a transaction the path is always set, and forgotten afterwards.
        real.setAutoCommit(false);
        interceptor.onConnectionAcquire(counted);
        real.rollback();
        real.setAutoCommit(true);
        interceptor.onConnectionAcquire(counted);
        assertEquals(4, statements.get());
        assertEquals("public", searchPath(real));
    }
}
