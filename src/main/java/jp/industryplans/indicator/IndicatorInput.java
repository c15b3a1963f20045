package jp.industryplans.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 指標 — what a caller sends to create or replace an indicator (its values have their own
 * resource). Without a {@code countingMode} the figures are per-year volumes.
 */
@Schema(name = "IndicatorInput")
public record IndicatorInput(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be a lower-case slug of at most 80 characters")
        String key,
        @NotNull UUID planId,
        UUID initiativeId,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 20) String unit,
        @NotNull IndicatorRole role,
        CountingMode countingMode,
        @NotNull Direction direction,
        @Size(max = 200) String plannedVolume,
        @Valid Baseline baseline,
        @Size(max = 200) String dataSource,
        @Size(max = 2000) String note,
        @Min(0) @Max(1_000_000) Integer sortOrder,
        @Valid Source source) {
}
