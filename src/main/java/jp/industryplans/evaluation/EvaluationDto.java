package jp.industryplans.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 検証結果・評価 — an evaluation as the API shows it. */
@Schema(name = "Evaluation")
public record EvaluationDto(
        UUID id, String key, UUID planId, UUID initiativeId, Evaluator evaluator, int periodStart,
        String periodStartLabel, int periodEnd, String periodEndLabel, String periodLabel, String rating,
        String ratingNote, List<ScaleLevel> scale, List<Section> sections, Source source)
        implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.id(g, JsonNames.ID, id);
        JsonFields.text(g, JsonNames.KEY, key);
        JsonFields.id(g, JsonNames.PLAN_ID, planId);
        JsonFields.id(g, JsonNames.INITIATIVE_ID, initiativeId);
        JsonFields.constant(g, JsonNames.EVALUATOR, evaluator);
        JsonFields.number(g, JsonNames.PERIOD_START, periodStart);
        JsonFields.text(g, JsonNames.PERIOD_START_LABEL, periodStartLabel);
        JsonFields.number(g, JsonNames.PERIOD_END, periodEnd);
        JsonFields.text(g, JsonNames.PERIOD_END_LABEL, periodEndLabel);
        JsonFields.text(g, JsonNames.PERIOD_LABEL, periodLabel);
        JsonFields.text(g, JsonNames.RATING, rating);
        JsonFields.text(g, JsonNames.RATING_NOTE, ratingNote);
        JsonFields.objects(g, JsonNames.SCALE, scale);
        JsonFields.objects(g, JsonNames.SECTIONS, sections);
        JsonFields.object(g, JsonNames.SOURCE, source);
        g.writeEndObject();
    }

    public static EvaluationDto of(Evaluation e) {
        return new EvaluationDto(e.id, e.key(), e.planId, e.initiativeId, e.evaluator, e.periodStart,
                FiscalYear.of(e.periodStart).label(), e.periodEnd, FiscalYear.of(e.periodEnd).label(),
                e.periodLabel, e.rating, e.ratingNote, List.copyOf(e.scale), List.copyOf(e.sections),
                e.source());
    }
}
