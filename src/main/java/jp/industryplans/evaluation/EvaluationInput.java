package jp.industryplans.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 検証結果・評価 — what a caller sends to create or replace an evaluation. */
@Schema(name = "EvaluationInput")
public record EvaluationInput(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be a lower-case slug of at most 80 characters")
        String key,
        @NotNull UUID planId,
        UUID initiativeId,
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
