package jp.industryplans.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.indicator.ProgressBasis;
import jp.industryplans.indicator.ProgressStatus;

/**
 * 集計の積み上げ — counts plans, initiatives and indicator statuses per municipality as they are
 * found, then shapes them as a {@link DashboardSummary}. Where the figures come from (the rows, or
 * the releases in force on a date) is the caller's business.
 */
final class SummaryTally {

    private final Map<String, Tally> byCode = new TreeMap<>();
    private final Map<Period, Integer> periods = new TreeMap<>(Comparator.comparingInt(Period::start)
            .thenComparingInt(Period::end));
    private final Tally total = new Tally(null);

    /** One counted plan of the municipality {@code code} (named {@code name}) and its period. */
    void plan(String code, String name, int periodStart, int periodEnd) {
        byCode.computeIfAbsent(code, c -> new Tally(name)).plans++;
        total.plans++;
        periods.merge(new Period(periodStart, periodEnd), 1, Integer::sum);
    }

    /** {@code n} initiatives of a counted plan of {@code code}. */
    void initiatives(String code, int n) {
        byCode.get(code).initiatives += n;
        total.initiatives += n;
    }

    /** {@code n} indicators of counted plans of {@code code} in this status, on this basis. */
    void indicators(String code, ProgressStatus status, ProgressBasis basis, int n) {
        byCode.get(code).count(status, basis, n);
        total.count(status, basis, n);
    }

    DashboardSummary summary(String municipality, Integer fiscalYear, FiscalYearSource source, LocalDate asOf) {
        List<DashboardSummary.MunicipalitySummary> rows = byCode.entrySet().stream()
                .map(e -> new DashboardSummary.MunicipalitySummary(e.getKey(), e.getValue().name, e.getValue().plans,
                        e.getValue().initiatives, e.getValue().indicators, e.getValue().statusCounts()))
                .toList();
        List<DashboardSummary.PlanPeriod> counted = periods.entrySet().stream()
                .map(e -> new DashboardSummary.PlanPeriod(e.getKey().start(), e.getKey().end(),
                        FiscalYear.of(e.getKey().start()).label(), FiscalYear.of(e.getKey().end()).label(),
                        e.getValue()))
                .toList();
        return new DashboardSummary(municipality, fiscalYear,
                fiscalYear == null ? null : FiscalYear.of(fiscalYear).label(), source, asOf, counted, total.plans,
                total.initiatives, total.indicators, total.statusCounts(), rows);
    }

    private record Period(int start, int end) {
    }

    private static final class Tally {
        final String name;
        int plans;
        int initiatives;
        int indicators;
        final int[] statuses = new int[ProgressStatus.values().length];
        final int[] onEstimates = new int[ProgressStatus.values().length];

        Tally(String name) {
            this.name = name;
        }

        void count(ProgressStatus status, ProgressBasis basis, int n) {
            indicators += n;
            statuses[status.ordinal()] += n;
            if (basis == ProgressBasis.ESTIMATE) {
                onEstimates[status.ordinal()] += n;
            }
        }

        DashboardSummary.StatusCounts statusCounts() {
            return new DashboardSummary.StatusCounts(statuses[ProgressStatus.ACHIEVED.ordinal()],
                    statuses[ProgressStatus.ON_TRACK.ordinal()], statuses[ProgressStatus.BEHIND.ordinal()],
                    statuses[ProgressStatus.NO_DATA.ordinal()],
                    new DashboardSummary.EstimateCounts(onEstimates[ProgressStatus.ACHIEVED.ordinal()],
                            onEstimates[ProgressStatus.ON_TRACK.ordinal()],
                            onEstimates[ProgressStatus.BEHIND.ordinal()]));
        }
    }
}
