package jp.industryplans.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 判定基準 — the one progress rule, served at {@code GET /api/v1/progress/rules}: the numbers
 * every status is judged by, and the rule in words built from those same numbers. The
 * calculation ({@link IndicatorProgress}) and the database version of it
 * ({@code sql/indicator-status.sql}) take their thresholds from here, so what a dashboard reads
 * is what the code does.
 *
 * @param achievedAt   a rate at or above this is {@code ACHIEVED}
 * @param onTrackAt    a rate at or above this (and below achievedAt) is {@code ON_TRACK}
 * @param rateDecimals rates are rounded half up to this many decimals before they are compared
 */
@Schema(name = "ProgressRules")
public record ProgressRules(
        BigDecimal achievedAt, BigDecimal onTrackAt, int rateDecimals, String rateHigherIsBetter,
        String rateLowerIsBetter, List<StatusRule> statuses, List<CountingModeRule> countingModes, String expected,
        String basis, String inferredYears, ProjectionRule projection, String rollUp) {

    /** 判定区分 — one status and the rates that give it. */
    @Schema(name = "ProgressStatusRule")
    public record StatusRule(ProgressStatus status, String labelJa, BigDecimal rateFrom, BigDecimal rateBelow,
                             String rule) {
    }

    /** 集計方法別の規則 — what a figure of one counting mode is, and how its rate and projection are made. */
    @Schema(name = "CountingModeRule")
    public record CountingModeRule(CountingMode mode, String labelJa, String figures, String rate, boolean projected,
                                   String projection) {
    }

    /** 見通しの規則 — the bounds and the minimum of figures of a projection. */
    @Schema(name = "ProjectionRule")
    public record ProjectionRule(BigDecimal floor, BigDecimal percentCeiling, int minimumFigures, int decimals,
                                 String rule) {
    }

    public static final ProgressRules STANDARD = standard(new BigDecimal("1.00"), new BigDecimal("0.90"), 4,
            BigDecimal.ZERO, new BigDecimal("100"), 2, 2);

    /** The status a rate gives: the only place where a rate becomes a status. */
    public ProgressStatus status(BigDecimal rate) {
        if (rate == null) {
            return ProgressStatus.NO_DATA;
        }
        if (rate.compareTo(achievedAt) >= 0) {
            return ProgressStatus.ACHIEVED;
        }
        return rate.compareTo(onTrackAt) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
    }

    /** 達成率 — the rate of an actual against a target, respecting the direction, rounded to {@link #rateDecimals}. */
    public BigDecimal rate(Direction direction, BigDecimal actual, BigDecimal target) {
        if (direction == Direction.LOWER_IS_BETTER) {
            if (actual.signum() == 0) {
                return (target.signum() >= 0 ? BigDecimal.ONE : BigDecimal.ZERO).setScale(rateDecimals);
            }
            return target.divide(actual, rateDecimals, RoundingMode.HALF_UP);
        }
        if (target.signum() == 0) {
            return (actual.signum() >= 0 ? BigDecimal.ONE : BigDecimal.ZERO).setScale(rateDecimals);
        }
        return actual.divide(target, rateDecimals, RoundingMode.HALF_UP);
    }

    private static ProgressRules standard(BigDecimal achievedAt, BigDecimal onTrackAt, int decimals, BigDecimal floor,
                                          BigDecimal percentCeiling, int minimumFigures, int projectionDecimals) {
        String a = achievedAt.toPlainString();
        String o = onTrackAt.toPlainString();
        List<StatusRule> statuses = List.of(
                new StatusRule(ProgressStatus.ACHIEVED, "達成", achievedAt, null, "rate ≥ " + a),
                new StatusRule(ProgressStatus.ON_TRACK, "順調", onTrackAt, achievedAt, o + " ≤ rate < " + a),
                new StatusRule(ProgressStatus.BEHIND, "遅れ", null, onTrackAt, "rate < " + o),
                new StatusRule(ProgressStatus.NO_DATA, "データなし", null, null,
                        "no rate: nothing to compare (no actual, no target, or none of the same years)"));
        String latest = "the latest actual against the figure expected in its year (see expected)";
        List<CountingModeRule> modes = List.of(
                new CountingModeRule(CountingMode.PER_YEAR, "年度ごとの量",
                        "each figure is that year's volume (年100件); the years add up to the plan's volume (計画事業量)",
                        "the sum of the actuals against the sum of the targets, over the years that have both"
                                + " (achievement to date); a year without a target of its own is not judged",
                        false, "none: a trend through yearly volumes is not a forecast of a yearly volume"),
                new CountingModeRule(CountingMode.RUNNING_TOTAL, "累計",
                        "each figure is the total since a fixed start (累計229社); it never falls", latest, true,
                        "the latest actual plus its average yearly increase since the earliest figure (baseline or"
                                + " actual), carried to the final target's year; never below the latest actual, as a"
                                + " running total does not fall"),
                new CountingModeRule(CountingMode.GROSS_PER_YEAR, "延べ",
                        "each figure is a gross count within its year, a case counted each time (延べ5,653社); the"
                                + " years do not add up and a year may be lower than the one before",
                        latest, false,
                        "none: a yearly count follows each year's demand and budget; its trend is not a forecast"),
                new CountingModeRule(CountingMode.LEVEL, "水準",
                        "each figure is a level at a point in time: a percentage, a ratio, a stock (37.5%)", latest,
                        true, "the least-squares line through the baseline and the actuals, read at the final target's"
                                + " year; not below " + floor.toPlainString() + " when no figure is, and not"
                                + " above " + percentCeiling.toPlainString() + " for a unit of % when no"
                                + " figure is"),
                new CountingModeRule(CountingMode.QUALITATIVE, "定性",
                        "targets and results are words: 実施 (DONE), 未実施 (NOT_DONE) or free text (TEXT)",
                        "the years whose result is DONE (actual) against the years with a DONE target and a DONE or"
                                + " NOT_DONE result (target), as counts; free text and NOT_DONE targets are not judged",
                        false, "none: there is no number to carry forward"));
        return new ProgressRules(achievedAt, onTrackAt, decimals,
                "rate = actual ÷ target, rounded half up to " + decimals + " decimals; a target of 0 is met by an"
                        + " actual of 0 or more (rate 1)",
                "rate = target ÷ actual, rounded half up to " + decimals + " decimals; an actual of 0 meets a target"
                        + " of 0 or more (rate 1)",
                statuses, modes,
                "the figure expected in a year (RUNNING_TOTAL, GROSS_PER_YEAR, LEVEL): that year's target; between"
                        + " two targets, or the baseline and the next target, the straight line between them (the"
                        + " increase rounded half up to " + decimals + " decimals); after the last target, the last"
                        + " target; before the first target with no earlier baseline, the first target",
                "basis ACTUAL (実績) when every actual the rate rests on is confirmed, ESTIMATE (見込み) when one of"
                        + " them is an estimate; a confirmed actual replaces an estimate of the same year; NO_DATA"
                        + " has no basis",
                "a figure or baseline whose fiscal year the source does not give carries fiscalYearInferred = true;"
                        + " the rule uses it at the recorded year like any other, and says so: inferredYears = true"
                        + " when an actual, a target or an anchor of the expected figure the rate rests on has an"
                        + " inferred year, and fiscalYearInferred on that year's entry",
                new ProjectionRule(floor, percentCeiling, minimumFigures, projectionDecimals,
                        "a projection informs and never changes a status; only RUNNING_TOTAL and LEVEL have one,"
                                + " when a numeric final target lies after the latest actual and figures exist in at"
                                + " least " + minimumFigures + " different years; it is rounded half up to "
                                + projectionDecimals + " decimals, then kept within its mode's bounds; otherwise"
                                + " projection is null and projectionUnavailable says why"),
                "GET /dashboard/summary counts each indicator once, for the plans in force in one fiscal year: the"
                        + " one asked for (statuses as they stood at its end, judged in the database by this rule"
                        + " over the figures up to that year), or by default the latest fiscal year with a confirmed"
                        + " actual in scope (statuses as each indicator's own progress shows them); onEstimates"
                        + " counts the statuses whose basis is ESTIMATE");
    }
}
