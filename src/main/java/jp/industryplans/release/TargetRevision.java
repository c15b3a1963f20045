package jp.industryplans.release;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 目標の改定 — a target changed after it was first released: 当初目標 ({@code original}, as first
 * released) and 改定目標 ({@code revised}, as released later).
 */
@Schema(name = "TargetRevision")
public record TargetRevision(UUID indicatorId, String indicatorName, int fiscalYear, String fiscalYearLabel,
                             Figure original, Figure revised) {

    /** A target as one release showed it. */
    @Schema(name = "ReleasedTarget")
    public record Figure(BigDecimal value, String text, int release) {
    }
}
