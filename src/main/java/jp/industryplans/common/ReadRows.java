package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * 読み取り専用の行 — rows read for an answer only (a plan's detail), not as managed entities. A plan
 * holds hundreds of records; loading them as entities (persistence-context entries, state
 * snapshots for dirty checking, deep copies of JSON columns, parsed timestamps nobody shows) cost
 * several times what PostgreSQL spends on the rows, and even a native query's result mapping cost
 * more than reading the columns. Each statement still runs through Hibernate's JDBC coordinator, so
 * the statement-count test counts it; the caller turns each row into a detached object that is
 * never written back.
 */
public final class ReadRows {

    /** JSON columns are read as Hibernate's own mapping reads them: a plain mapper, no REST rules. */
    private static final ObjectMapper JSON_COLUMNS = new ObjectMapper();

    /** A JSON column holding a list of texts (themes, vision statements). */
    public static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private ReadRows() {
    }

    /**
     * Runs {@code sql} with its one JDBC parameter {@code ?} bound to {@code parameter} and answers its rows,
     * each column read as the Java type given for it, in order ({@code UUID.class, String.class, …};
     * null stays null). The statement is prepared through the session's own JDBC coordinator, so
     * Hibernate logs and counts it like its own and releases the connection as it does, without
     * building a query model, result mappings and parameter bindings for every row.
     */
    public static List<Object[]> of(EntityManager em, String sql, UUID parameter, Class<?>... columns) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            statement.setObject(1, parameter);
            ResultSet rs = jdbc.getResultSetReturn().extract(statement, sql);
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.length];
                for (int c = 0; c < columns.length; c++) {
                    row[c] = column(rs, c + 1, columns[c]);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "reading rows", sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    private static Object column(ResultSet rs, int c, Class<?> type) throws SQLException {
        if (type == String.class) {
            return rs.getString(c);
        }
        if (type == UUID.class) {
            return rs.getObject(c, UUID.class);
        }
        if (type == BigDecimal.class) {
            return rs.getBigDecimal(c);
        }
        Object value = type == Integer.class ? (Object) rs.getInt(c) : (Object) rs.getBoolean(c);
        return rs.wasNull() ? null : value;
    }

    /** A JSON column read as text ({@code column::text}) into a mutable list, empty when null. */
    public static <T> List<T> json(Object text, TypeReference<List<T>> type) {
        if (text == null) {
            return new ArrayList<>();
        }
        try {
            return JSON_COLUMNS.readValue((String) text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An enum column, or null. */
    public static <E extends Enum<E>> E constant(Class<E> type, Object name) {
        return name == null ? null : Enum.valueOf(type, (String) name);
    }
}
