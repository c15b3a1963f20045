package jp.industryplans.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import jp.industryplans.indicator.IndicatorProgress.Year;

/**
 * What every progress answer must satisfy under the published rules: its status is the status of
 * its rate, its rate is made of the figures it shows, its basis is ESTIMATE exactly when one of
 * those figures is an estimate, and a projection exists only where the counting mode has one and
 * never below its floor. Checked on generated and seeded indicators, in Java and through the API.
 */
public final class ProgressInvariants {

    private ProgressInvariants() {
    }

    /**
     * @param direction     the indicator's direction
     * @param baselineValue the indicator's baseline figure, or null
     * @return the faults of one answer, each naming the indicator ({@code who}); empty when it is sound
     */
    public static List<String> faults(String who, Direction direction, BigDecimal baselineValue, IndicatorProgress p,
                                      ProgressRules rules) {
        List<String> faults = new ArrayList<>();
        Fault fault = (ok, what) -> {
            if (!ok) {
                faults.add(who + ": " + what + " — " + p);
            }
        };
        fault.check(p.status() == rules.status(p.achievementRate()),
                "status " + p.status() + " is not the status of rate " + p.achievementRate());
        boolean noRate = p.achievementRate() == null;
        fault.check(noRate == (p.compared() == null) && noRate == (p.basis() == null),
                "rate, compared figures and basis are not all present or all absent");
        for (Year y : p.years()) {
            fault.check(y.status() == rules.status(y.achievementRate()),
                    y.fiscalYear() + ": status " + y.status() + " is not the status of rate " + y.achievementRate());
        }
        if (p.compared() != null) {
            Direction judged = p.countingMode() == CountingMode.QUALITATIVE ? Direction.HIGHER_IS_BETTER : direction;
            fault.check(same(p.achievementRate(), rules.rate(judged, p.compared().actual(), p.compared().target())),
                    "rate is not " + p.compared().actual() + " against " + p.compared().target());
            List<Year> used = p.years().stream().filter(y -> p.compared().fiscalYears().contains(y.fiscalYear()))
                    .toList();
            fault.check(used.size() == p.compared().fiscalYears().size(), "compared years missing from years");
            fault.check((p.basis() == ProgressBasis.ESTIMATE) == used.stream().anyMatch(Year::estimate),
                    "basis " + p.basis() + " disagrees with the estimates among the compared years");
            comparedFigures(p, used, fault);
        }
        projection(p, baselineValue, rules, fault);
        return faults;
    }

    private static void comparedFigures(IndicatorProgress p, List<Year> used, Fault fault) {
        switch (p.countingMode()) {
            case PER_YEAR -> {
                fault.check(same(p.compared().actual(), sum(used, Year::actual))
                        && same(p.compared().target(), sum(used, Year::target)),
                        "compared figures are not the sums of the compared years");
                fault.check(p.years().stream().filter(y -> y.actual() != null && y.target() != null)
                        .map(Year::fiscalYear).toList().equals(p.compared().fiscalYears()),
                        "compared years are not the years with both an actual and a target");
            }
            case QUALITATIVE -> {
                Predicate<Year> judged = y -> y.targetQualitative() == QualitativeValue.DONE
                        && (y.actualQualitative() == QualitativeValue.DONE
                        || y.actualQualitative() == QualitativeValue.NOT_DONE);
                fault.check(p.years().stream().filter(judged).map(Year::fiscalYear).toList()
                        .equals(p.compared().fiscalYears()), "compared years are not the judged years");
                fault.check(same(p.compared().actual(), BigDecimal.valueOf(used.stream()
                                .filter(y -> y.actualQualitative() == QualitativeValue.DONE).count())),
                        "compared actual is not the years done");
            }
            default -> {
                fault.check(p.latestActual() != null
                        && p.compared().fiscalYears().equals(List.of(p.latestActual().fiscalYear()))
                        && same(p.compared().actual(), p.latestActual().value())
                        && same(p.compared().target(), used.get(0).expected()),
                        "compared figures are not the latest actual and its year's expected figure");
            }
        }
    }

    private static void projection(IndicatorProgress p, BigDecimal baselineValue, ProgressRules rules, Fault fault) {
        fault.check((p.projection() == null) != (p.projectionUnavailable() == null),
                "a projection and a reason for none, or neither");
        if (p.projection() == null) {
            return;
        }
        fault.check(p.countingMode() == CountingMode.RUNNING_TOTAL || p.countingMode() == CountingMode.LEVEL,
                "a projection in a mode without one");
        List<BigDecimal> known = new ArrayList<>();
        p.years().stream().map(Year::actual).filter(Objects::nonNull).forEach(known::add);
        if (p.finalTarget() != null) {
            known.add(p.finalTarget().value());
        }
        if (baselineValue != null) {
            known.add(baselineValue);
        }
        if (known.stream().allMatch(v -> v.compareTo(rules.projection().floor()) >= 0)) {
            fault.check(p.projection().value().compareTo(rules.projection().floor()) >= 0,
                    "projection below the floor");
        }
        if (p.countingMode() == CountingMode.RUNNING_TOTAL) {
            fault.check(p.projection().value().compareTo(p.latestActual().value()) >= 0,
                    "a running total projected below its latest total");
        }
    }

    private static BigDecimal sum(List<Year> years, java.util.function.Function<Year, BigDecimal> figure) {
        return years.stream().map(figure).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @FunctionalInterface
    private interface Fault {
        void check(boolean ok, String what);
    }
}
