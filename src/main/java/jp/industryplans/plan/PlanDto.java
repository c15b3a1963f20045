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
 * {@code evaluations} are present on {@code GET /plans/{id}} only. {@code predecessorId} is the
 * plan it succeeds (前の版), {@code successorId} the plan that names it as its predecessor (次の版).
 */
@Schema(name = "Plan")
public record PlanDto(
        UUID id, String key, String municipalityCode, String municipalityName, PlanKind kind, String title,
        Integer edition, UUID predecessorId, UUID successorId,
        int periodStart, String periodStartLabel, int periodEnd, String periodEndLabel,
        String periodLabel, String summary,
        List<String> visionStatements, String approvingBody, List<Note> notes, Source source,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<InitiativeDto> initiatives,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<IndicatorDto> indicators,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EvaluationDto> evaluations) {

    static PlanDto of(Plan p, String municipalityName, UUID successorId, List<InitiativeDto> initiatives,
                      List<IndicatorDto> indicators, List<EvaluationDto> evaluations) {
        return new PlanDto(p.id, p.naturalKey, p.municipalityCode, municipalityName, p.kind, p.title, p.edition,
                p.predecessorId, successorId,
                p.periodStart, FiscalYear.of(p.periodStart).label(), p.periodEnd, FiscalYear.of(p.periodEnd).label(),
                p.periodLabel, p.summary, List.copyOf(p.visionStatements),
                p.approvingBody, List.copyOf(p.notes),
                p.source(),
                initiatives, indicators, evaluations);
    }

    /** The same plan with another successor (a release shows only a released one). */
    public PlanDto withSuccessor(UUID successor) {
        return new PlanDto(id, key, municipalityCode, municipalityName, kind, title, edition, predecessorId, successor,
                periodStart, periodStartLabel, periodEnd, periodEndLabel, periodLabel, summary, visionStatements,
                approvingBody, notes, source, initiatives, indicators, evaluations);
    }
}
