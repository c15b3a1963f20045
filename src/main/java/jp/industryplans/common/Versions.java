package jp.industryplans.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;

/**
 * 版 — the version of each record, as the strong ETag its GET carries and its writes check.
 * A tag is a hash of everything its representation is built from: the row's own version and
 * last-change time, and for a plan (whose detail holds its whole tree) or an indicator (which
 * holds its values) those of the rows inside it too, and for a plan the id of its successor.
 */
@ApplicationScoped
public class Versions {

    /** What a record is; {@link #table} names its table. */
    public enum Kind {
        PLAN("plan"), INITIATIVE("initiative"), INDICATOR("indicator"), EVALUATION("evaluation");

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private static final String CHILDREN = "(SELECT concat(count(*), ':', sum(version), ':', max(updated_at)) FROM %s)";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Validator validator;

    Versions(EntityManager em, ObjectMapper mapper, Validator validator) {
        this.em = em;
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The input a merge patch makes of a record's current representation (see {@link MergePatch}). */
    public <I> I patched(Object current, JsonNode patch, Class<I> inputType) {
        return MergePatch.apply(mapper, validator, current, patch, inputType);
    }

    /** The current tag of a record, or null when it does not exist. */
    public String etag(Kind kind, UUID id) {
        String fingerprint = fingerprint(kind, id);
        return fingerprint == null ? null : ConditionalGet.etagOf(kind + "|" + fingerprint);
    }

    /** The current tag of one value of an indicator, or null when it does not exist. */
    public String valueEtag(UUID indicator, int fiscalYear, String kind) {
        List<?> rows = em.createNativeQuery("SELECT concat_ws('|', indicator_id, fiscal_year, kind, version, updated_at)"
                        + " FROM indicator_value WHERE indicator_id = :i AND fiscal_year = :y AND kind = :k")
                .setParameter("i", indicator).setParameter("y", fiscalYear).setParameter("k", kind).getResultList();
        return rows.isEmpty() ? null : ConditionalGet.etagOf("VALUE|" + rows.get(0));
    }

    /**
     * Locks the record's row for the rest of the transaction; writers call it through
     * {@code WriteContext}, which begins the write first.
     *
     * @throws ApiException 404 when it does not exist
     */
    public void lock(Kind kind, UUID id, String what) {
        List<?> rows = em.createNativeQuery("SELECT 1 FROM " + kind.table + " WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound(what, id);
        }
    }

    private String fingerprint(Kind kind, UUID id) {
        String sql = switch (kind) {
            case PLAN -> "SELECT concat_ws('|', p.id, p.version, p.updated_at, m.name, m.version, "
                    + CHILDREN.formatted("initiative WHERE plan_id = p.id") + ", "
                    + CHILDREN.formatted("indicator WHERE plan_id = p.id") + ", "
                    + "(SELECT concat(count(*), ':', sum(v.version), ':', max(v.updated_at)) FROM indicator_value v"
                    + " JOIN indicator i ON i.id = v.indicator_id WHERE i.plan_id = p.id), "
                    + CHILDREN.formatted("evaluation WHERE plan_id = p.id") + ", "
                    // Its detail names its successor, a plan that names it.
                    + "(SELECT string_agg(s.id::text, ',' ORDER BY s.id) FROM plan s WHERE s.predecessor_id = p.id))"
                    + " FROM plan p JOIN municipality m ON m.code = p.municipality_code WHERE p.id = :id";
            case INDICATOR -> "SELECT concat_ws('|', i.id, i.version, i.updated_at, "
                    + CHILDREN.formatted("indicator_value WHERE indicator_id = i.id") + ")"
                    + " FROM indicator i WHERE i.id = :id";
            default -> "SELECT concat_ws('|', id, version, updated_at) FROM " + kind.table + " WHERE id = :id";
        };
        List<?> rows = em.createNativeQuery(sql).setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : rows.get(0).toString();
    }
}
