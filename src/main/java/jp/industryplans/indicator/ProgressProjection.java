package jp.industryplans.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import jp.industryplans.indicator.IndicatorProgress.Figure;
import jp.industryplans.indicator.IndicatorProgress.Subject;
import jp.industryplans.indicator.NumericProgress.Actual;
import jp.industryplans.indicator.NumericProgress.Target;

/**
 * 見通し — where an indicator is heading at its final target's year, only in the counting modes
 * where a trend is a forecast (running totals and levels), never below the figure's physical
 * floor. It informs; it never changes a status.
 */
final class ProgressProjection {

    /** A projection, or why there is none. */
    record Result(Figure figure, ProjectionUnavailable unavailable) {

        static Result none(ProjectionUnavailable why) {
            return new Result(null, why);
        }
    }

    private ProgressProjection() {
    }

    static Result of(Subject s, Target finalTarget, TreeMap<Integer, Actual> actuals,
                     ProgressRules.ProjectionRule rule) {
        if (s.mode() != CountingMode.RUNNING_TOTAL && s.mode() != CountingMode.LEVEL) {
            return Result.none(ProjectionUnavailable.COUNTING_MODE);
        }
        if (finalTarget == null) {
            return Result.none(ProjectionUnavailable.NO_FINAL_TARGET);
        }
        if (!actuals.isEmpty() && actuals.lastKey() >= finalTarget.fiscalYear()) {
            return Result.none(ProjectionUnavailable.TARGET_YEAR_REACHED);
        }
        if (actuals.isEmpty()) {
            return Result.none(ProjectionUnavailable.TOO_FEW_FIGURES);
        }
        // The trend runs from the baseline (when it comes before the latest actual) through the actuals.
        TreeMap<Integer, BigDecimal> points = new TreeMap<>();
        if (s.baselineYear() != null && s.baselineValue() != null && s.baselineYear() < actuals.lastKey()) {
            points.put(s.baselineYear(), s.baselineValue());
        }
        actuals.forEach((fy, a) -> points.put(fy, a.value()));
        if (points.size() < rule.minimumFigures()) {
            return Result.none(ProjectionUnavailable.TOO_FEW_FIGURES);
        }
        int year = finalTarget.fiscalYear();
        // Rounded first, then kept within the bounds, so that rounding cannot cross a floor.
        if (s.mode() == CountingMode.RUNNING_TOTAL) {
            BigDecimal latest = points.lastEntry().getValue();
            return result(year, rounded(runningTotal(points, year), rule).max(latest));
        }
        BigDecimal projected = rounded(level(points, year), rule);
        List<BigDecimal> known = new ArrayList<>(points.values());
        known.add(finalTarget.value());
        if (known.stream().allMatch(v -> v.compareTo(rule.floor()) >= 0)) {
            projected = projected.max(rule.floor());
        }
        if ("%".equals(s.unit()) && known.stream().allMatch(v -> v.compareTo(rule.percentCeiling()) <= 0)) {
            projected = projected.min(rule.percentCeiling());
        }
        return result(year, projected);
    }

    private static Result result(int year, BigDecimal value) {
        return new Result(Figure.of(year, value, true), null);
    }

    private static BigDecimal rounded(BigDecimal value, ProgressRules.ProjectionRule rule) {
        return value.setScale(rule.decimals(), RoundingMode.HALF_UP);
    }

    /** The latest total plus its average yearly increase so far (a running total does not fall: see of). */
    private static BigDecimal runningTotal(TreeMap<Integer, BigDecimal> points, int year) {
        var first = points.firstEntry();
        var latest = points.lastEntry();
        BigDecimal perYear = latest.getValue().subtract(first.getValue())
                .divide(BigDecimal.valueOf(latest.getKey() - first.getKey()), MathContext.DECIMAL64);
        return latest.getValue().add(perYear.multiply(BigDecimal.valueOf(year - latest.getKey())));
    }

    /** The least-squares line through the points, read at the target year. */
    private static BigDecimal level(TreeMap<Integer, BigDecimal> points, int year) {
        double mx = points.keySet().stream().mapToDouble(Integer::doubleValue).average().orElseThrow();
        double my = points.values().stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (var p : points.entrySet()) {
            sxy += (p.getKey() - mx) * (p.getValue().doubleValue() - my);
            sxx += (p.getKey() - mx) * (p.getKey() - mx);
        }
        return BigDecimal.valueOf(my + sxy / sxx * (year - mx));
    }
}
