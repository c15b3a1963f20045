package jp.industryplans.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.industryplans.indicator.IndicatorProgress.Point;
import jp.industryplans.indicator.IndicatorProgress.Subject;

/**
 * Indicators made up at random (from a fixed seed, so a failure can be replayed) to run through
 * the progress rule: every counting mode and direction, baselines with and without inferred
 * years, targets and actuals in scattered years, estimates beside actuals, missing figures,
 * zeros, negatives, figures exactly on a threshold, and qualitative figures.
 */
public final class GeneratedIndicators {

    /** One made-up indicator. */
    public record Case(String key, Subject subject, List<Point> points) {
    }

    private static final int FIRST_YEAR = 2018;
    private static final int YEARS = 8;

    private GeneratedIndicators() {
    }

    public static List<Case> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            cases.add(one(random, "gen-" + seed + "-" + n));
        }
        return cases;
    }

    private static Case one(Random r, String key) {
        CountingMode mode = CountingMode.values()[r.nextInt(CountingMode.values().length)];
        Direction direction = r.nextInt(5) == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        String unit = r.nextInt(3) == 0 ? "%" : "件";
        BigDecimal scale = magnitude(r);
        Integer baseYear = null;
        BigDecimal base = null;
        boolean baseInferred = false;
        if (mode.numeric() && r.nextBoolean()) {
            baseYear = FIRST_YEAR - 1 + r.nextInt(3);
            base = figure(r, scale);
            baseInferred = r.nextInt(5) == 0;
        }
        List<Point> points = new ArrayList<>();
        for (int fy = FIRST_YEAR; fy < FIRST_YEAR + YEARS; fy++) {
            BigDecimal target = null;
            if (r.nextInt(3) > 0) {
                target = figure(r, scale);
                points.add(point(r, fy, ValueKind.TARGET, mode, target));
            }
            int actuals = r.nextInt(4); // none, an actual, an estimate, or both
            if ((actuals & 1) != 0) {
                points.add(point(r, fy, ValueKind.ACTUAL, mode, near(r, target, scale)));
            }
            if ((actuals & 2) != 0) {
                points.add(point(r, fy, ValueKind.ESTIMATE, mode, near(r, target, scale)));
            }
        }
        return new Case(key, new Subject(mode, direction, unit, baseYear, base, baseInferred), points);
    }

    private static Point point(Random r, int fy, ValueKind kind, CountingMode mode, BigDecimal value) {
        boolean inferred = r.nextInt(10) == 0;
        if (r.nextInt(10) == 0) {
            return new Point(fy, kind, null, null, inferred); // a missing figure
        }
        if (!mode.numeric()) {
            QualitativeValue[] words = QualitativeValue.values();
            QualitativeValue q = kind == ValueKind.TARGET && r.nextInt(4) > 0 ? QualitativeValue.DONE
                    : words[r.nextInt(words.length)];
            return new Point(fy, kind, null, q, inferred);
        }
        return new Point(fy, kind, value, null, inferred);
    }

    private static BigDecimal magnitude(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> BigDecimal.ONE;
            case 1 -> BigDecimal.valueOf(20);
            case 2 -> new BigDecimal("100");
            default -> BigDecimal.valueOf(5000);
        };
    }

    private static BigDecimal figure(Random r, BigDecimal scale) {
        return switch (r.nextInt(12)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> scale.negate();
            case 2 -> new BigDecimal("37.5");
            default -> scale.multiply(BigDecimal.valueOf(50 + r.nextInt(100))).divide(BigDecimal.valueOf(100));
        };
    }

    /** An actual near its target, often exactly on a threshold (90 % or 100 % of it). */
    private static BigDecimal near(Random r, BigDecimal target, BigDecimal scale) {
        if (target == null || r.nextInt(5) == 0) {
            return figure(r, scale);
        }
        return switch (r.nextInt(5)) {
            case 0 -> target;
            case 1 -> target.multiply(new BigDecimal("0.9"));
            case 2 -> BigDecimal.ZERO;
            default -> target.multiply(BigDecimal.valueOf(r.nextInt(151))).divide(BigDecimal.valueOf(100));
        };
    }
}
