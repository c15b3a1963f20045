package jp.industryplans.seed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import jp.industryplans.common.Source;
import jp.industryplans.evaluation.Evaluator;
import jp.industryplans.evaluation.ScaleLevel;
import jp.industryplans.evaluation.Section;
import jp.industryplans.indicator.Baseline;
import jp.industryplans.indicator.CountingMode;
import jp.industryplans.indicator.Direction;
import jp.industryplans.indicator.IndicatorRole;
import jp.industryplans.indicator.MissingReason;
import jp.industryplans.indicator.QualitativeValue;
import jp.industryplans.indicator.ValueKind;
import jp.industryplans.initiative.InitiativeKind;
import jp.industryplans.municipality.MunicipalityDto;
import jp.industryplans.plan.Note;
import jp.industryplans.plan.PlanKind;
import jp.industryplans.theme.ThemeInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 一括取込 — a bundle of themes, municipalities and whole plans, as {@code POST /api/v1/imports} takes it
 * and as the seed files hold it. Every record is matched by its natural key (see docs/seed-format.md).
 */
@Schema(name = "ImportBundle")
public record ImportBundle(
        @Size(max = 200) List<@NotNull @Valid ThemeInput> themes,
        @Size(max = 2000) List<@NotNull @Valid MunicipalityDto> municipalities,
        @Size(max = 500) List<@NotNull @Valid PlanBundle> plans) {

    static final String KEY = "[a-z0-9][a-z0-9-]{0,79}";
    static final String KEY_MESSAGE = "must be a lower-case slug of at most 80 characters";

    /** 計画 — a plan with its whole tree. */
    @Schema(name = "ImportPlan")
    public record PlanBundle(
            @NotNull @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be 6 digits") String municipalityCode,
            @NotNull PlanKind kind,
            @NotBlank @Size(max = 500) String title,
            @Min(1) @Max(99) Integer edition,
            @Size(max = 100) String periodLabel,
            @NotNull @Min(1926) @Max(2100) Integer periodStart,
            @NotNull @Min(1926) @Max(2100) Integer periodEnd,
            @Size(max = 20000) String summary,
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> visionStatements,
            @Size(max = 200) String approvingBody,
            @Size(max = 100) List<@NotNull @Valid Note> notes,
            @Valid Source source,
            @Size(max = 5000) List<@NotNull @Valid InitiativeBundle> initiatives,
            @Size(max = 5000) List<@NotNull @Valid IndicatorBundle> indicators,
            @Size(max = 500) List<@NotNull @Valid EvaluationBundle> evaluations) {
    }

    /** 取組 — an initiative with its children, indicators and evaluations. */
    @Schema(name = "ImportInitiative")
    public record InitiativeBundle(
            @NotNull @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @NotNull InitiativeKind kind,
            @Size(max = 50) String label,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 10000) String description,
            @Size(max = 200) String owningDepartment,
            @Size(max = 200) String owningSection,
            Boolean repost,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> themes,
            @Size(max = 2000) String note,
            @Valid Source source,
            @Size(max = 5000) List<@NotNull @Valid InitiativeBundle> children,
            @Size(max = 5000) List<@NotNull @Valid IndicatorBundle> indicators,
            @Size(max = 500) List<@NotNull @Valid EvaluationBundle> evaluations) {
    }

    /** 指標 — an indicator with its values. */
    @Schema(name = "ImportIndicator")
    public record IndicatorBundle(
            @NotNull @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @NotBlank @Size(max = 500) String name,
            @Size(max = 20) String unit,
            @NotNull IndicatorRole role,
            CountingMode countingMode,
            @NotNull Direction direction,
            @Size(max = 200) String plannedVolume,
            @Valid Baseline baseline,
            @Size(max = 200) String dataSource,
            @Size(max = 2000) String note,
            @Valid Source source,
            @Size(max = 500) List<@NotNull @Valid ValueBundle> values) {
    }

    /** 目標・実績・見込み — one figure: a number, words (qualitative) or why it is missing. */
    @Schema(name = "ImportValue")
    public record ValueBundle(
            @NotNull @Min(1926) @Max(2100) Integer fiscalYear,
            Boolean fiscalYearInferred,
            @NotNull ValueKind kind,
            @Digits(integer = 16, fraction = 4) BigDecimal value,
            QualitativeValue qualitative,
            @Size(max = 200) String text,
            MissingReason missingReason,
            @Size(max = 2000) String note,
            @Valid Source source) {
    }

    /** 検証結果・評価 — an evaluation of the record it sits under. */
    @Schema(name = "ImportEvaluation")
    public record EvaluationBundle(
            @NotNull @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @NotNull Evaluator evaluator,
            @NotNull @Min(1926) @Max(2100) Integer periodStart,
            @NotNull @Min(1926) @Max(2100) Integer periodEnd,
            @Size(max = 100) String periodLabel,
            @Size(max = 10) String rating,
            @Size(max = 2000) String ratingNote,
            @Size(max = 10) List<@NotNull @Valid ScaleLevel> scale,
            @Size(max = 50) List<@NotNull @Valid Section> sections,
            @Valid Source source) {
    }
}
