package jp.industryplans.release;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import jp.industryplans.common.Audience;

/**
 * 公表版だけを読む接続 — a connection taken from the pool for a caller who may read only released
 * content searches schema {@code released} first (see V7__releases.sql), so every query of every
 * read operation (lists, filters, search, CSV, roll-ups, single records) reads the released
 * copies without knowing it; nothing can forget the rule. Every other checkout gets the working
 * tables. The path is set on every checkout, not remembered: PostgreSQL undoes a {@code SET} made
 * in a transaction that rolls back, so what a connection was last told is no proof of its state.
 */
@ApplicationScoped
@Unremovable
public class ReleasedSearchPath implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.execute(Audience.releasedOnly() ? "SET search_path TO released, public" : "SET search_path TO public");
        } catch (SQLException e) {
            // Never hand a connection out in an unknown state: the request fails instead.
            throw new IllegalStateException("Cannot set which state a connection reads", e);
        }
    }
}
