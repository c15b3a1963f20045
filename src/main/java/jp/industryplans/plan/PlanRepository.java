package jp.industryplans.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.ReadRows;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The plan a new record is to belong to, or a 400 naming {@code planId}. */
    public Plan requireForWrite(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ApiException.invalid("planId", "no plan has this id"));
    }

    public Optional<Plan> findByKey(String key) {
        return find("naturalKey", key).firstResultOptional();
    }

    /** A plan read for its detail only, with its municipality's name (市区町村名). */
    record Read(Plan plan, String municipalityName) {
    }

    /**
     * A plan and its municipality's name for reading only (its detail), in one statement, as a
     * detached object holding the columns the answer shows ({@link ReadRows}); null when no plan
     * has this id.
     */
    Read read(UUID id) {
        List<Object[]> rows = ReadRows.of(getEntityManager(), READ, id,
                String.class, String.class, String.class,
                String.class, Integer.class, UUID.class,
                Integer.class, Integer.class, String.class,
                String.class, String.class, String.class,
                String.class, String.class, String.class,
                String.class);
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        Plan p = new Plan();
        p.id = id;
        p.naturalKey = (String) r[0];
        p.municipalityCode = (String) r[1];
        p.kind = ReadRows.constant(PlanKind.class, r[2]);
        p.title = (String) r[3];
        p.edition = (Integer) r[4];
        p.predecessorId = (UUID) r[5];
        p.periodStart = (Integer) r[6];
        p.periodEnd = (Integer) r[7];
        p.periodLabel = (String) r[8];
        p.summary = (String) r[9];
        p.visionStatements = ReadRows.json(r[10], ReadRows.TEXTS);
        p.approvingBody = (String) r[11];
        p.notes = ReadRows.json(r[12], NOTES);
        p.sourceDocument = (String) r[13];
        p.sourceQuote = (String) r[14];
        return new Read(p, (String) r[15]);
    }

    private static final TypeReference<List<Note>> NOTES = new TypeReference<>() {
    };

    private static final String READ = "select p.natural_key, p.municipality_code, p.kind, p.title, p.edition,"
            + " p.predecessor_id, p.period_start, p.period_end, p.period_label, p.summary,"
            + " p.vision_statements::text as vision_statements, p.approving_body, p.notes::text as notes,"
            + " p.source_document, p.source_quote, m.name as municipality_name"
            + " from plan p left join municipality m on m.code = p.municipality_code where p.id = ?";
}
