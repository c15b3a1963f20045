package jp.industryplans.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.indicator.IndicatorProgress.Comparison;
import jp.industryplans.indicator.IndicatorProgress.Point;
import jp.industryplans.indicator.IndicatorProgress.Subject;
import jp.industryplans.indicator.IndicatorProgress.Year;

/**
 * 進捗 of a QUALITATIVE indicator (実施／未実施): a year is judged when its target is DONE and its
 * result DONE or NOT_DONE, and the rate is the years done against the years judged. Free text
 * is shown as written and left unjudged. Kept equal to {@code sql/indicator-status.sql}.
 */
final class QualitativeProgress {

    private QualitativeProgress() {
    }

    static IndicatorProgress judge(Subject s, List<Point> points, ProgressRules rules) {
        IndicatorProgress.ByYear byYear = IndicatorProgress.ByYear.of(points, p -> p.qualitative() != null);
        TreeMap<Integer, Point> targets = byYear.targets();
        TreeMap<Integer, Point> actuals = byYear.actuals();
        TreeSet<Integer> allYears = new TreeSet<>(targets.keySet());
        allYears.addAll(actuals.keySet());
        List<Year> years = new ArrayList<>();
        List<Integer> judged = new ArrayList<>();
        int done = 0;
        boolean estimate = false;
        boolean inferred = false;
        for (int fy : allYears) {
            Point target = targets.get(fy);
            Point actual = actuals.get(fy);
            boolean judge = target != null && target.qualitative() == QualitativeValue.DONE && actual != null
                    && actual.qualitative() != QualitativeValue.TEXT;
            boolean isDone = judge && actual.qualitative() == QualitativeValue.DONE;
            boolean isEstimate = actual != null && actual.kind() == ValueKind.ESTIMATE;
            boolean yearInferred = target != null && target.fiscalYearInferred()
                    || actual != null && actual.fiscalYearInferred();
            BigDecimal rate = judge ? rules.rate(Direction.HIGHER_IS_BETTER, isDone ? BigDecimal.ONE : BigDecimal.ZERO,
                    BigDecimal.ONE) : null;
            if (judge) {
                judged.add(fy);
                done += isDone ? 1 : 0;
                estimate |= isEstimate;
                inferred |= yearInferred;
            }
            years.add(new Year(fy, FiscalYear.of(fy).label(), null, null, null, isEstimate,
                    target == null ? null : target.qualitative(), actual == null ? null : actual.qualitative(),
                    yearInferred, rate, rules.status(rate)));
        }
        Comparison compared = judged.isEmpty() ? null
                : new Comparison(BigDecimal.valueOf(done), BigDecimal.valueOf(judged.size()), judged);
        // Done or not is better the more years were done, whatever direction the indicator states.
        BigDecimal rate = compared == null ? null
                : rules.rate(Direction.HIGHER_IS_BETTER, compared.actual(), compared.target());
        return new IndicatorProgress(s.mode(), rules.status(rate), rate, IndicatorProgress.basis(rate, estimate),
                compared, rate != null && inferred, null, null, null, null, null,
                ProjectionUnavailable.COUNTING_MODE, years);
    }
}
