package jp.industryplans.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.industryplans.common.FiscalYear;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 進捗 — how an indicator stands against its targets, year by year and overall, by the rule of
 * {@link ProgressRules}: achievement rates that respect the direction (higher or lower is better)
 * and whether figures are running totals (累計・延べ) or per-year volumes.
 */
@Schema(name = "IndicatorProgress")
public record IndicatorProgress(
        ProgressStatus status, BigDecimal achievementRate, Figure latestActual, Figure previousActual,
        BigDecimal changeFromPrevious, Figure finalTarget, Figure projection, List<Year> years) {

    private static final MathContext MC = MathContext.DECIMAL64;

    /** A figure of one fiscal year; {@code estimate} when it is a 見込み, not a confirmed 実績. */
    @Schema(name = "ProgressFigure")
    public record Figure(int fiscalYear, String fiscalYearLabel, BigDecimal value, boolean estimate) {

        static Figure of(int fiscalYear, BigDecimal value, boolean estimate) {
            return new Figure(fiscalYear, FiscalYear.of(fiscalYear).label(), value, estimate);
        }
    }

    /**
     * One fiscal year: its target (or, without one, the expected figure interpolated towards the
     * next target), its actual, the rate and the status.
     */
    @Schema(name = "ProgressYear")
    public record Year(int fiscalYear, String fiscalYearLabel, BigDecimal target, BigDecimal expected,
                       BigDecimal actual, boolean estimate, BigDecimal achievementRate, ProgressStatus status) {
    }

    /** One stored figure, as the calculation needs it. */
    public record Point(int fiscalYear, ValueKind kind, BigDecimal value) {
    }

    public static IndicatorProgress of(Direction direction, boolean cumulative, Integer baselineYear,
                                       BigDecimal baselineValue, List<Point> points, ProgressRules rules) {
        TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
        TreeMap<Integer, Figure> actuals = new TreeMap<>();
        for (Point p : points) {
            if (p.value() == null) {
                continue;
            }
            if (p.kind() == ValueKind.TARGET) {
                targets.put(p.fiscalYear(), p.value());
            } else if (p.kind() == ValueKind.ACTUAL
                    || !actuals.containsKey(p.fiscalYear())) {
                // A confirmed actual wins over an estimate of the same year.
                actuals.put(p.fiscalYear(), Figure.of(p.fiscalYear(), p.value(), p.kind() == ValueKind.ESTIMATE));
            }
        }
        List<Year> years = new ArrayList<>();
        TreeSet<Integer> allYears = new TreeSet<>(targets.keySet());
        allYears.addAll(actuals.keySet());
        for (int fy : allYears) {
            BigDecimal target = targets.get(fy);
            BigDecimal expected = target != null ? target : expected(fy, targets, baselineYear, baselineValue);
            Figure actual = actuals.get(fy);
            BigDecimal rate = actual == null || expected == null ? null : rate(direction, actual.value(), expected);
            years.add(new Year(fy, FiscalYear.of(fy).label(), target, expected, actual == null ? null : actual.value(),
                    actual != null && actual.estimate(), rate, status(rate, rules)));
        }

        Figure latest = actuals.isEmpty() ? null : actuals.lastEntry().getValue();
        Figure previous = actuals.size() < 2 ? null : actuals.lowerEntry(latest.fiscalYear()).getValue();
        BigDecimal change = previous == null ? null : latest.value().subtract(previous.value());
        Figure finalTarget = targets.isEmpty() ? null
                : Figure.of(targets.lastKey(), targets.lastEntry().getValue(), false);
        Figure projection = finalTarget == null ? null
                : project(finalTarget.fiscalYear(), baselineYear, baselineValue, actuals);

        BigDecimal overallRate = null;
        ProgressStatus overall = ProgressStatus.NO_DATA;
        if (latest != null && finalTarget != null) {
            overallRate = cumulative ? rate(direction, latest.value(), finalTarget.value())
                    : perYearRate(direction, targets, actuals);
            if (meets(direction, latest.value(), finalTarget.value())) {
                overall = ProgressStatus.ACHIEVED;
            } else {
                Year latestYear = years.stream().filter(y -> y.fiscalYear() == latest.fiscalYear()).findFirst()
                        .orElseThrow();
                boolean onPace = latestYear.achievementRate() != null
                        && latestYear.achievementRate().compareTo(rules.onTrackAt()) >= 0;
                boolean projected = projection != null && meets(direction, projection.value(), finalTarget.value());
                overall = onPace || projected ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
            }
        }
        return new IndicatorProgress(overall, overallRate, latest, previous, change, finalTarget, projection,
                years);
    }

    static BigDecimal rate(Direction direction, BigDecimal actual, BigDecimal target) {
        if (direction == Direction.LOWER_IS_BETTER) {
            if (actual.signum() == 0) {
                return target.signum() >= 0 ? BigDecimal.ONE.setScale(4) : BigDecimal.ZERO.setScale(4);
            }
            return target.divide(actual, 4, RoundingMode.HALF_UP);
        }
        if (target.signum() == 0) {
            return actual.signum() >= 0 ? BigDecimal.ONE.setScale(4) : BigDecimal.ZERO.setScale(4);
        }
        return actual.divide(target, 4, RoundingMode.HALF_UP);
    }

    private static boolean meets(Direction direction, BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return direction == Direction.LOWER_IS_BETTER ? c <= 0 : c >= 0;
    }

    private static ProgressStatus status(BigDecimal rate, ProgressRules rules) {
        if (rate == null) {
            return ProgressStatus.NO_DATA;
        }
        if (rate.compareTo(rules.achievedAt()) >= 0) {
            return ProgressStatus.ACHIEVED;
        }
        return rate.compareTo(rules.onTrackAt()) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
    }

    private static BigDecimal perYearRate(Direction direction, Map<Integer, BigDecimal> targets,
                                          Map<Integer, Figure> actuals) {
        BigDecimal sumActual = BigDecimal.ZERO;
        BigDecimal sumTarget = BigDecimal.ZERO;
        boolean any = false;
        for (var t : targets.entrySet()) {
            Figure a = actuals.get(t.getKey());
            if (a != null) {
                sumActual = sumActual.add(a.value());
                sumTarget = sumTarget.add(t.getValue());
                any = true;
            }
        }
        return any ? rate(direction, sumActual, sumTarget) : null;
    }

    /** The figure expected in a year without a target: linear between the previous anchor and the next target. */
    private static BigDecimal expected(int fy, TreeMap<Integer, BigDecimal> targets, Integer baselineYear,
                                       BigDecimal baselineValue) {
        Map.Entry<Integer, BigDecimal> next = targets.higherEntry(fy);
        if (next == null) {
            return null;
        }
        Map.Entry<Integer, BigDecimal> previous = targets.lowerEntry(fy);
        int fromYear;
        BigDecimal fromValue;
        if (previous != null) {
            fromYear = previous.getKey();
            fromValue = previous.getValue();
        } else if (baselineYear != null && baselineValue != null && baselineYear < fy) {
            fromYear = baselineYear;
            fromValue = baselineValue;
        } else {
            return null;
        }
        BigDecimal slope = next.getValue().subtract(fromValue)
                .divide(BigDecimal.valueOf(next.getKey() - fromYear), MC);
        return fromValue.add(slope.multiply(BigDecimal.valueOf(fy - fromYear), MC)).setScale(4, RoundingMode.HALF_UP);
    }

    /** Least-squares line through the baseline and the actuals, read at the target year. */
    private static Figure project(int targetYear, Integer baselineYear, BigDecimal baselineValue,
                                  TreeMap<Integer, Figure> actuals) {
        List<double[]> xy = new ArrayList<>();
        if (baselineYear != null && baselineValue != null && !actuals.containsKey(baselineYear)) {
            xy.add(new double[] {baselineYear, baselineValue.doubleValue()});
        }
        actuals.values().forEach(a -> xy.add(new double[] {a.fiscalYear(), a.value().doubleValue()}));
        if (xy.size() < 2) {
            return null;
        }
        double mx = xy.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = xy.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = xy.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
        double sxx = xy.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
        if (sxx == 0) {
            return null;
        }
        double value = my + sxy / sxx * (targetYear - mx);
        return Figure.of(targetYear, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), true);
    }
}
