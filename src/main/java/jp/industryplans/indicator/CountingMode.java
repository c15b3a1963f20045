package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 集計方法 — what one figure of an indicator counts, which decides how its progress is judged
 * (see {@link ProgressRules}). 累計 and 延べ look alike in the sheets but are different modes.
 */
@Schema(name = "CountingMode")
public enum CountingMode {
    /** 年度ごとの量 — each figure is that year's volume (年100件); the years' figures add up to the plan's volume. */
    PER_YEAR,
    /** 累計 — each figure is a running total since a fixed start; it never falls. */
    RUNNING_TOTAL,
    /** 延べ — each figure is a gross count within its year (a case counted each time); the target is a yearly figure to reach. */
    GROSS_PER_YEAR,
    /** 水準 — each figure is a level measured at a point in time: a percentage, a ratio, a stock. */
    LEVEL,
    /** 定性 — targets and results are words (実施, 未実施 or free text), not numbers. */
    QUALITATIVE;

    /** Whether figures of this mode are numbers (every mode but {@link #QUALITATIVE}). */
    public boolean numeric() {
        return this != QUALITATIVE;
    }
}
