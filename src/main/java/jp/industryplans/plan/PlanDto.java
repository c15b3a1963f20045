package jp.industryplans.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.Source;
import jp.industryplans.evaluation.EvaluationDto;
import jp.industryplans.indicator.IndicatorDto;
import jp.industryplans.initiative.InitiativeDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 計画 — a plan as the API shows it. {@code initiatives} (the tree), {@code indicators} and
 * {@code evaluations} are present on {@code GET /plans/{id}} only.
 */
@Schema(name = "Plan")
public record PlanDto(
        UUID id, String key, String municipalityCode, String municipalityName, PlanKind kind, String title,
        Integer edition, int periodStart, String periodStartLabel, int periodEnd, String periodEndLabel,
        String periodLabel, String summary,
        List<String> visionStatements, String approvingBody, List<Note> notes, Source source,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<InitiativeDto> initiatives,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<IndicatorDto> indicators,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EvaluationDto> evaluations) {

    static PlanDto of(Plan p, String municipalityName, List<InitiativeDto> initiatives,
                      List<IndicatorDto> indicators, List<EvaluationDto> evaluations) {
        return new PlanDto(p.id, p.naturalKey, p.municipalityCode, municipalityName, p.kind, p.title, p.edition,
                p.periodStart, FiscalYear.of(p.periodStart).label(), p.periodEnd, FiscalYear.of(p.periodEnd).label(),
                p.periodLabel, p.summary, List.copyOf(p.visionStatements),
                p.approvingBody, List.copyOf(p.notes),
                p.source(),
                initiatives, indicators, evaluations);
    }
}
