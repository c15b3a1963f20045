package jp.industryplans.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
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
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EvaluationDto> evaluations) implements JsonFields.Writable {

    /** Writes the plan as data binding does, leaving out the absent tree, indicators and evaluations. */
    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.id(g, JsonNames.ID, id);
        JsonFields.text(g, JsonNames.KEY, key);
        JsonFields.text(g, JsonNames.MUNICIPALITY_CODE, municipalityCode);
        JsonFields.text(g, JsonNames.MUNICIPALITY_NAME, municipalityName);
        JsonFields.constant(g, JsonNames.KIND, kind);
        JsonFields.text(g, JsonNames.TITLE, title);
        JsonFields.number(g, JsonNames.EDITION, edition);
        JsonFields.id(g, JsonNames.PREDECESSOR_ID, predecessorId);
        JsonFields.id(g, JsonNames.SUCCESSOR_ID, successorId);
        JsonFields.number(g, JsonNames.PERIOD_START, periodStart);
        JsonFields.text(g, JsonNames.PERIOD_START_LABEL, periodStartLabel);
        JsonFields.number(g, JsonNames.PERIOD_END, periodEnd);
        JsonFields.text(g, JsonNames.PERIOD_END_LABEL, periodEndLabel);
        JsonFields.text(g, JsonNames.PERIOD_LABEL, periodLabel);
        JsonFields.text(g, JsonNames.SUMMARY, summary);
        JsonFields.texts(g, JsonNames.VISION_STATEMENTS, visionStatements);
        JsonFields.text(g, JsonNames.APPROVING_BODY, approvingBody);
        JsonFields.objects(g, JsonNames.NOTES, notes);
        JsonFields.object(g, JsonNames.SOURCE, source);
        if (initiatives != null) {
            JsonFields.objects(g, JsonNames.INITIATIVES, initiatives);
        }
        if (indicators != null) {
            JsonFields.objects(g, JsonNames.INDICATORS, indicators);
        }
        if (evaluations != null) {
            JsonFields.objects(g, JsonNames.EVALUATIONS, evaluations);
        }
        g.writeEndObject();
    }

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
