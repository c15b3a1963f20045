package jp.industryplans.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * 変更の受信 — listens on PostgreSQL's channel {@code industryplans_changes} (see
 * V5__change_log.sql) on a connection of its own, and tells its subscribers which plan
 * changed ({@code null}: anything may have). It knows the newest change it has heard of, so a
 * reader can tell whether every committed change has reached it yet. While the connection is
 * down it says so, and on reconnecting it tells subscribers that anything may have changed.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    static final String CHANNEL = "industryplans_changes";

    private final String url;
    private final String user;
    private final String password;
    private final List<Consumer<UUID>> subscribers = new CopyOnWriteArrayList<>();
    private volatile long heard = -1;
    private volatile boolean live;
    private volatile boolean stopping;
    private boolean warned;
    private Thread thread;

    ChangeListener(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                   @ConfigProperty(name = "quarkus.datasource.username") String user,
                   @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Called with the id of each changed plan, or null when anything may have changed. */
    public void subscribe(Consumer<UUID> subscriber) {
        subscribers.add(subscriber);
    }

    /** Whether notifications are arriving; when not, nothing may be served from a cache. */
    public boolean live() {
        return live;
    }

    /** The seq of the newest change heard of (or of the log when listening began). */
    public long heard() {
        return heard;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        while (!stopping) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                long start;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM change_log")) {
                    rs.next();
                    start = rs.getLong(1);
                }
                // Whatever changed while nobody listened is unknown: start from nothing.
                publish(null);
                heard = start;
                live = true;
                if (warned) {
                    LOG.infof("Change notifications resumed from seq %d", start);
                    warned = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopping) {
                    PGNotification[] batch = pg.getNotifications(1000);
                    if (batch == null) {
                        continue;
                    }
                    for (PGNotification n : batch) {
                        receive(n.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (!stopping && !warned) {
                    LOG.warnf("Change notifications interrupted (%s); caches are bypassed until they resume",
                            e.getMessage());
                    warned = true;
                }
            } finally {
                live = false;
            }
            pause();
        }
    }

    private void receive(String payload) {
        int space = payload.indexOf(' ');
        long seq = Long.parseLong(payload.substring(0, space));
        String plan = payload.substring(space + 1);
        publish(plan.equals("*") ? null : UUID.fromString(plan));
        if (seq > heard) {
            heard = seq;
        }
    }

    private void publish(UUID plan) {
        for (Consumer<UUID> s : subscribers) {
            s.accept(plan);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
