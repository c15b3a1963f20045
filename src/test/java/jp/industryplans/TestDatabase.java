package jp.industryplans;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the test database directly, to check what a request did (or did not) store. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Every row of a query, each as the text of its first column. */
    public static List<String> column(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The stored tables whose rows a refused request must leave alone. */
    public static final List<String> TABLES = List.of("plan", "municipality", "theme", "initiative", "indicator",
            "indicator_value", "evaluation", "change_log");

    /**
     * A digest of every row of every stored table, the change log included: equal before and
     * after a request when, and only when, the request changed nothing.
     */
    public static String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (String table : TABLES) {
            sb.append(table).append('=').append(column("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                    + " ORDER BY t::text)), '') FROM " + table + " t").get(0)).append('\n');
        }
        return sb.toString();
    }

    /** Every row of a query, each as the text of its columns. */
    public static List<List<String>> rows(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs statements that change the schema or the data, each in its own transaction. */
    public static void execute(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", statements), e);
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
