package jp.industryplans.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 策定時・現況 — the baseline of an indicator: its fiscal year, figure, and the text as written;
 * {@code fiscalYearInferred} when the source does not give the year (年度推定).
 */
@Schema(name = "Baseline")
public record Baseline(
        @Min(1926) @Max(2100) Integer fiscalYear,
        @jakarta.validation.constraints.Digits(integer = 16, fraction = 4) BigDecimal value,
        @Size(max = 200) String text,
        @Size(max = 200) String label,
        Boolean fiscalYearInferred) {
}
