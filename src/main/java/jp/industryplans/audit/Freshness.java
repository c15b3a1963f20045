package jp.industryplans.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 鮮度 — whether this replica may answer from memory: it listens for changes, and it has heard
 * of every change committed so far (one index-only statement, on a pooled connection without
 * an ORM session). Anything cached before the last change it heard of has been dropped by then.
 *
 * <p>Concurrent callers share statements. At most one statement runs at a time; callers that
 * arrive while it runs wait for the next one, which starts when it ends and answers all of them.
 * A caller is never answered by a statement that started before it asked, so every change
 * committed before the request arrived is counted, as with a statement of its own; under load,
 * one round trip serves many requests instead of one each.
 */
@ApplicationScoped
public class Freshness {

    private static final String NEWEST = "SELECT coalesce(max(seq), 0) FROM change_log";

    /** The newest committed change, as a statement would read it; -1 when the database is away. */
    @FunctionalInterface
    interface Newest {
        long read();
    }

    /** One statement and the callers it answers. */
    private static final class Round {
        final CompletableFuture<Long> newest = new CompletableFuture<>();
    }

    private final ChangeListener listener;
    private final Newest newest;
    private final Duration patience;
    private final AtomicLong statements = new AtomicLong();
    private final Object lock = new Object();
    /** The round still taking callers: its statement has not started. */
    private Round open;
    /** The round whose statement is running. */
    private Round running;

    @Inject
    Freshness(ChangeListener listener, AgroalDataSource dataSource) {
        this(listener, (Newest) () -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(NEWEST);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                // The database is away: the request goes on to it and gets its 503 there.
                return -1;
            }
        });
    }

    Freshness(ChangeListener listener, Newest newest) {
        this(listener, newest, Duration.ofSeconds(2));
    }

    Freshness(ChangeListener listener, Newest newest, Duration patience) {
        this.listener = listener;
        this.newest = newest;
        this.patience = patience;
    }

    /**
     * Waits for the statement before this round to end, but not longer than {@link #patience}
     * (the pool's acquisition timeout): a statement stuck on a dead connection must not hold
     * every later request. After that, this round's statement runs beside it.
     */
    private void awaitQuietly(Round before) {
        try {
            before.newest.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Run this round's statement anyway; it still starts after all its callers asked.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean current() {
        if (!listener.live()) {
            return false;
        }
        long committed = newestCommitted();
        return committed >= 0 && committed <= listener.heard();
    }

    /** Statements run so far (for tests and diagnosis). */
    long statements() {
        return statements.get();
    }

    /**
     * The newest committed change, read by a statement that started after this call began;
     * -1 when the database could not be read.
     */
    long newestCommitted() {
        Round mine;
        Round before = null;
        boolean lead = false;
        synchronized (lock) {
            if (open != null) {
                mine = open;
            } else {
                mine = new Round();
                open = mine;
                before = running;
                lead = true;
            }
        }
        if (lead) {
            if (before != null) {
                awaitQuietly(before);
            }
            synchronized (lock) {
                open = null;
                running = mine;
            }
            long value = -1;
            try {
                statements.incrementAndGet();
                value = newest.read();
            } finally {
                synchronized (lock) {
                    if (running == mine) {
                        running = null;
                    }
                }
                mine.newest.complete(value);
            }
        }
        return mine.newest.join();
    }
}
