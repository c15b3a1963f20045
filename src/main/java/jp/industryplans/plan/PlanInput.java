package jp.industryplans.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 計画 — what a caller sends to create or replace a plan (its tree has its own resources).
 * {@code predecessorId} names the plan this one succeeds (前の版, its earlier edition); null, none.
 */
@Schema(name = "PlanInput")
public record PlanInput(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be a lower-case slug of at most 80 characters")
        String key,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be 6 digits") String municipalityCode,
        @NotNull PlanKind kind,
        @NotBlank @Size(max = 500) String title,
        @Min(1) @Max(99) Integer edition,
        @NotNull @Min(1926) @Max(2100) Integer periodStart,
        @NotNull @Min(1926) @Max(2100) Integer periodEnd,
        @Size(max = 100) String periodLabel,
        @Size(max = 20000) String summary,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> visionStatements,
        @Size(max = 200) String approvingBody,
        @Size(max = 100) List<@NotNull @Valid Note> notes,
        @Valid Source source,
        UUID predecessorId) {
}
