package jp.industryplans.indicator;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 判定基準 — the thresholds every dashboard colours by, served at {@code GET /api/v1/progress/rules}.
 *
 * @param achievedAt a rate at or above this is {@code ACHIEVED}
 * @param onTrackAt  a rate at or above this (and below achievedAt) is {@code ON_TRACK}
 */
@Schema(name = "ProgressRules")
public record ProgressRules(BigDecimal achievedAt, BigDecimal onTrackAt, String rateHigherIsBetter,
                            String rateLowerIsBetter, String cumulative, String perYear, String expected,
                            String overall, String projection) {

    public static final ProgressRules STANDARD = new ProgressRules(
            new BigDecimal("1.00"), new BigDecimal("0.90"),
            "rate = actual ÷ target",
            "rate = target ÷ actual (an actual of 0 meets any target)",
            "cumulative (累計・延べ) figures: the overall rate is the latest actual against the final target",
            "per-year volumes: the overall rate is the sum of actuals against the sum of targets, over the years"
                    + " that have both",
            "a year with an actual but no target is compared with the expected figure, interpolated linearly"
                    + " between the baseline (or the previous target) and the next target",
            "overall: NO_DATA without any actual or target; ACHIEVED when the latest actual meets the final"
                    + " target; ON_TRACK when the latest actual's rate against its year's expected figure reaches"
                    + " onTrackAt or the projection meets the final target; otherwise BEHIND",
            "projection: least-squares line through the baseline and every actual (estimates included),"
                    + " evaluated at the final target's fiscal year; needs two points");
}
