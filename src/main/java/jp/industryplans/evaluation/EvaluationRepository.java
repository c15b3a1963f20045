package jp.industryplans.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.ReadRows;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    public List<Evaluation> listByPlan(UUID planId) {
        return list("planId = ?1 order by periodStart, naturalKey", planId);
    }

    /**
     * A plan's evaluations for reading only (its detail), in the order of {@link #listByPlan}: one
     * statement, detached objects holding the columns the answer shows ({@link ReadRows}).
     */
    public List<Evaluation> readByPlan(UUID planId) {
        List<Object[]> rows = ReadRows.of(getEntityManager(), READ_BY_PLAN, planId,
                UUID.class, UUID.class, String.class, String.class,
                Integer.class, Integer.class, String.class,
                String.class, String.class, String.class, String.class,
                String.class, String.class);
        List<Evaluation> read = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Evaluation e = new Evaluation();
            e.id = (UUID) r[0];
            e.planId = planId;
            e.initiativeId = (UUID) r[1];
            e.naturalKey = (String) r[2];
            e.evaluator = ReadRows.constant(Evaluator.class, r[3]);
            e.periodStart = (Integer) r[4];
            e.periodEnd = (Integer) r[5];
            e.periodLabel = (String) r[6];
            e.rating = (String) r[7];
            e.ratingNote = (String) r[8];
            e.scale = ReadRows.json(r[9], SCALE);
            e.sections = ReadRows.json(r[10], SECTIONS);
            e.sourceDocument = (String) r[11];
            e.sourceQuote = (String) r[12];
            read.add(e);
        }
        return read;
    }

    private static final TypeReference<List<ScaleLevel>> SCALE = new TypeReference<>() {
    };
    private static final TypeReference<List<Section>> SECTIONS = new TypeReference<>() {
    };

    private static final String READ_BY_PLAN = "select id, initiative_id, natural_key, evaluator, period_start,"
            + " period_end, period_label, rating, rating_note, scale::text as scale, sections::text as sections,"
            + " source_document, source_quote from evaluation where plan_id = ? order by period_start, natural_key";
}
