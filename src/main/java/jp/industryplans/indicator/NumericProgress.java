package jp.industryplans.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.indicator.IndicatorProgress.Comparison;
import jp.industryplans.indicator.IndicatorProgress.Figure;
import jp.industryplans.indicator.IndicatorProgress.Point;
import jp.industryplans.indicator.IndicatorProgress.Subject;
import jp.industryplans.indicator.IndicatorProgress.Year;

/**
 * 進捗 of an indicator whose figures are numbers (every counting mode but QUALITATIVE). Kept
 * equal to {@code sql/indicator-status.sql}, which judges the same way in the database.
 */
final class NumericProgress {

    /** A target of one year. */
    record Target(int fiscalYear, BigDecimal value, boolean inferred) {
    }

    /** The actual (or, without one, the estimate) of one year. */
    record Actual(int fiscalYear, BigDecimal value, boolean estimate, boolean inferred) {
    }

    /** The figure expected in a year, and whether a figure it is drawn from has an inferred year. */
    private record Expected(BigDecimal value, boolean inferred) {
    }

    private NumericProgress() {
    }

    static IndicatorProgress judge(Subject s, List<Point> points, ProgressRules rules) {
        IndicatorProgress.ByYear byYear = IndicatorProgress.ByYear.of(points, p -> p.value() != null);
        TreeMap<Integer, Target> targets = new TreeMap<>();
        byYear.targets().forEach((fy, p) -> targets.put(fy, new Target(fy, p.value(), p.fiscalYearInferred())));
        TreeMap<Integer, Actual> actuals = new TreeMap<>();
        byYear.actuals().forEach((fy, p) -> actuals.put(fy,
                new Actual(fy, p.value(), p.kind() == ValueKind.ESTIMATE, p.fiscalYearInferred())));
        List<Year> years = new ArrayList<>();
        TreeSet<Integer> allYears = new TreeSet<>(targets.keySet());
        allYears.addAll(actuals.keySet());
        for (int fy : allYears) {
            Target target = targets.get(fy);
            Expected expected = expected(s, fy, targets, rules.rateDecimals());
            Actual actual = actuals.get(fy);
            BigDecimal rate = actual == null || expected == null ? null
                    : rules.rate(s.direction(), actual.value(), expected.value());
            years.add(new Year(fy, FiscalYear.of(fy).label(), target == null ? null : target.value(),
                    expected == null ? null : expected.value(), actual == null ? null : actual.value(),
                    actual != null && actual.estimate(), null, null,
                    target != null && target.inferred() || actual != null && actual.inferred(), rate,
                    rules.status(rate)));
        }

        Comparison compared = null;
        boolean estimate = false;
        boolean inferred = false;
        if (s.mode() == CountingMode.PER_YEAR) {
            BigDecimal sumActual = BigDecimal.ZERO;
            BigDecimal sumTarget = BigDecimal.ZERO;
            List<Integer> used = new ArrayList<>();
            for (Actual a : actuals.values()) {
                Target t = targets.get(a.fiscalYear());
                if (t != null) {
                    sumActual = sumActual.add(a.value());
                    sumTarget = sumTarget.add(t.value());
                    used.add(a.fiscalYear());
                    estimate |= a.estimate();
                    inferred |= a.inferred() || t.inferred();
                }
            }
            compared = used.isEmpty() ? null : new Comparison(sumActual, sumTarget, used);
        } else if (!actuals.isEmpty()) {
            Actual latest = actuals.lastEntry().getValue();
            Expected expected = expected(s, latest.fiscalYear(), targets, rules.rateDecimals());
            if (expected != null) {
                compared = new Comparison(latest.value(), expected.value(), List.of(latest.fiscalYear()));
                estimate = latest.estimate();
                inferred = latest.inferred() || expected.inferred();
            }
        }
        BigDecimal rate = compared == null ? null : rules.rate(s.direction(), compared.actual(), compared.target());

        Actual latest = actuals.isEmpty() ? null : actuals.lastEntry().getValue();
        Actual previous = latest == null ? null : value(actuals.lowerEntry(latest.fiscalYear()));
        Target last = targets.isEmpty() ? null : targets.lastEntry().getValue();
        ProgressProjection.Result projection = ProgressProjection.of(s, last, actuals, rules.projection());
        return new IndicatorProgress(s.mode(), rules.status(rate), rate, IndicatorProgress.basis(rate, estimate),
                rate == null ? null : compared, rate != null && inferred, figure(latest), figure(previous),
                previous == null ? null : latest.value().subtract(previous.value()),
                last == null ? null : Figure.of(last.fiscalYear(), last.value(), false),
                projection.figure(), projection.unavailable(), years);
    }

    private static <V> V value(Map.Entry<Integer, V> entry) {
        return entry == null ? null : entry.getValue();
    }

    private static Figure figure(Actual a) {
        return a == null ? null : Figure.of(a.fiscalYear(), a.value(), a.estimate());
    }

    /**
     * The figure a year is compared with. Per-year volumes: that year's own target only. The other
     * modes: the year's target; between two targets (or the baseline and the next target) the
     * straight line; after the last target, the last target; before the first target without an
     * earlier baseline, the first target.
     */
    private static Expected expected(Subject s, int fy, TreeMap<Integer, Target> targets, int decimals) {
        Target same = targets.get(fy);
        if (same != null) {
            return new Expected(same.value(), same.inferred());
        }
        if (s.mode() == CountingMode.PER_YEAR) {
            return null;
        }
        Target next = value(targets.higherEntry(fy));
        Target previous = value(targets.lowerEntry(fy));
        if (next == null) {
            return previous == null ? null : new Expected(previous.value(), previous.inferred());
        }
        if (previous != null) {
            return new Expected(between(previous.fiscalYear(), previous.value(), next, fy, decimals),
                    previous.inferred() || next.inferred());
        }
        if (s.baselineYear() != null && s.baselineValue() != null && s.baselineYear() < fy) {
            return new Expected(between(s.baselineYear(), s.baselineValue(), next, fy, decimals),
                    s.baselineYearInferred() || next.inferred());
        }
        return new Expected(next.value(), next.inferred());
    }

    /**
     * On the straight line from (fromYear, from) to the next target, at fy; the increase rounded
     * half up, the figure shown as written (4640, not 4640.0000).
     */
    private static BigDecimal between(int fromYear, BigDecimal from, Target next, int fy, int decimals) {
        return from.add(next.value().subtract(from).multiply(BigDecimal.valueOf(fy - fromYear))
                .divide(BigDecimal.valueOf(next.fiscalYear() - fromYear), decimals, RoundingMode.HALF_UP))
                .stripTrailingZeros();
    }
}
