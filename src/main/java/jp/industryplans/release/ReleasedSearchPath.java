package jp.industryplans.release;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;
import jp.industryplans.common.Audience;
import org.postgresql.PGConnection;

/**
 * 公表版だけを読む接続 — a connection taken from the pool for a caller who may read only released
 * content searches schema {@code released} first (see V7__releases.sql), so every query of every
 * read operation (lists, filters, search, CSV, roll-ups, single records) reads the released
 * copies without knowing it; nothing can forget the rule. Every other checkout gets the working
 * tables.
 *
 * <p>A request takes a connection several times (an uncached plan detail four times), and a
 * {@code SET} on each checkout was a round trip beside every few statements. The path a physical
 * connection was given is therefore remembered, but only where it is sure to hold: a {@code SET}
 * sent in autocommit mode is committed at once, while PostgreSQL undoes one made inside a
 * transaction that rolls back. So a checkout inside a transaction always sets the path and forgets
 * what was remembered; a checkout in autocommit mode skips the {@code SET} only when the same path
 * was set in autocommit mode before. Nothing else in the service changes the search path.
 */
@ApplicationScoped
@Unremovable
public class ReleasedSearchPath implements AgroalPoolInterceptor {

    static final String RELEASED = "SET search_path TO released, public";
    static final String WORKING = "SET search_path TO public";

    /** Per physical connection: whether its committed path reads only released content. */
    private final Map<PGConnection, Boolean> committed = Collections.synchronizedMap(new WeakHashMap<>());
    private final BooleanSupplier releasedOnly;

    ReleasedSearchPath() {
        this(Audience::releasedOnly);
    }

    /** With another source of the audience (tests). */
    ReleasedSearchPath(BooleanSupplier releasedOnly) {
        this.releasedOnly = releasedOnly;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        boolean released = releasedOnly.getAsBoolean();
        PGConnection physical = null;
        try {
            physical = connection.unwrap(PGConnection.class);
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit && Boolean.valueOf(released).equals(committed.get(physical))) {
                return;
            }
            committed.remove(physical);
            try (Statement s = connection.createStatement()) {
                s.execute(released ? RELEASED : WORKING);
            }
            if (autoCommit) {
                committed.put(physical, released);
            }
        } catch (SQLException e) {
            if (physical != null) {
                committed.remove(physical);
            }
            // Never hand a connection out in an unknown state: the request fails instead.
            throw new IllegalStateException("Cannot set which state a connection reads", e);
        }
    }
}
