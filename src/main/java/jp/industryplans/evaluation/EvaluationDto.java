package jp.industryplans.evaluation;

import java.util.List;
import java.util.UUID;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 検証結果・評価 — an evaluation as the API shows it. */
@Schema(name = "Evaluation")
public record EvaluationDto(
        UUID id, String key, UUID planId, UUID initiativeId, Evaluator evaluator, int periodStart,
        String periodStartLabel, int periodEnd, String periodEndLabel, String periodLabel, String rating,
        String ratingNote, List<ScaleLevel> scale, List<Section> sections, Source source) {

    public static EvaluationDto of(Evaluation e) {
        return new EvaluationDto(e.id, e.key(), e.planId, e.initiativeId, e.evaluator, e.periodStart,
                FiscalYear.of(e.periodStart).label(), e.periodEnd, FiscalYear.of(e.periodEnd).label(),
                e.periodLabel, e.rating, e.ratingNote, List.copyOf(e.scale), List.copyOf(e.sections),
                e.source());
    }
}
