package jp.industryplans.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * 鮮度 — whether this replica may answer from memory: it listens for changes, and it has heard
 * of every change committed so far (one index-only statement, on a pooled connection without
 * an ORM session). Anything cached before the last change it heard of has been dropped by then.
 */
@ApplicationScoped
public class Freshness {

    private static final String NEWEST = "SELECT coalesce(max(seq), 0) FROM change_log";

    private final ChangeListener listener;
    private final AgroalDataSource dataSource;

    Freshness(ChangeListener listener, AgroalDataSource dataSource) {
        this.listener = listener;
        this.dataSource = dataSource;
    }

    public boolean current() {
        if (!listener.live()) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(NEWEST);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1) <= listener.heard();
        } catch (SQLException e) {
            // The database is away: the request goes on to it and gets its 503 there.
            return false;
        }
    }
}
