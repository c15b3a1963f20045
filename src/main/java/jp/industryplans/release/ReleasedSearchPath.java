package jp.industryplans.release;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import jp.industryplans.common.Audience;

/**
 * 公表版だけを読む接続 — a connection taken from the pool for a caller who may read only released
 * content searches schema {@code released} first (see V7__releases.sql), so every query of every
 * read operation (lists, filters, search, CSV, roll-ups, single records) reads the released
 * copies without knowing it; nothing can forget the rule. The connection is put back as it was.
 */
@ApplicationScoped
public class ReleasedSearchPath implements AgroalPoolInterceptor {

    private final Set<Connection> switched = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!Audience.releasedOnly()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET search_path TO released, public");
            switched.add(connection);
        } catch (SQLException e) {
            // Never fall back to the working state for such a caller.
            throw new IllegalStateException("Cannot restrict a connection to released content", e);
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        if (!switched.remove(connection)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("RESET search_path");
        } catch (SQLException e) {
            // A broken connection is discarded by the pool; a working one must not keep the path.
            throw new IllegalStateException("Cannot reset a connection's search path", e);
        }
    }
}
