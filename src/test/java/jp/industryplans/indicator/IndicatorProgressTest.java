package jp.industryplans.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import jp.industryplans.indicator.IndicatorProgress.Point;
import org.junit.jupiter.api.Test;

class IndicatorProgressTest {

    private static Point target(int fy, String v) {
        return new Point(fy, ValueKind.TARGET, new BigDecimal(v));
    }

    private static Point actual(int fy, String v) {
        return new Point(fy, ValueKind.ACTUAL, new BigDecimal(v));
    }

    private static Point estimate(int fy, String v) {
        return new Point(fy, ValueKind.ESTIMATE, new BigDecimal(v));
    }

    private static IndicatorProgress higher(boolean cumulative, Integer baseYear, String base, Point... points) {
        return IndicatorProgress.of(Direction.HIGHER_IS_BETTER, cumulative, baseYear,
                base == null ? null : new BigDecimal(base), List.of(points), ProgressRules.STANDARD);
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " ≠ " + actual);
    }

    @Test
    void taitoSupportCentreIndicatorIsAchieved() {
        // 台東区中小企業振興センターが支援する中小企業数: 延べ4,600社 (2018) → 延べ4,800社 by 2028.
        IndicatorProgress p = higher(true, 2018, "4600",
                actual(2019, "5653"), actual(2020, "5550"), target(2023, "4700"), target(2028, "4800"));
        assertEquals(ProgressStatus.ACHIEVED, p.status());
        assertEquals(2020, p.latestActual().fiscalYear());
        assertDecimal("5550", p.latestActual().value());
        assertEquals("令和2年度", p.latestActual().fiscalYearLabel());
        assertDecimal("5653", p.previousActual().value());
        assertDecimal("-103", p.changeFromPrevious());
        assertEquals(2028, p.finalTarget().fiscalYear());
        assertDecimal("1.1563", p.achievementRate());
        IndicatorProgress.Year y2019 = p.years().get(0);
        assertEquals(2019, y2019.fiscalYear());
        assertNull(y2019.target());
        assertDecimal("4620", y2019.expected());
        assertEquals(ProgressStatus.ACHIEVED, y2019.status());
        assertEquals(ProgressStatus.NO_DATA, p.years().get(2).status());
    }

    @Test
    void perYearVolumesCompareSumsAndAnEstimateCountsAsTheLatestFigure() {
        // 新着情報掲載: 年100件, actuals 130 and 167, 令和3年度 estimated 100.
        IndicatorProgress p = higher(false, null, null,
                target(2019, "100"), target(2020, "100"), target(2021, "100"),
                actual(2019, "130"), actual(2020, "167"), estimate(2021, "100"));
        assertDecimal("1.3233", p.achievementRate());
        assertEquals(ProgressStatus.ACHIEVED, p.status());
        assertTrue(p.latestActual().estimate());
        assertTrue(p.years().get(2).estimate());
        assertDecimal("-67", p.changeFromPrevious());
    }

    @Test
    void aConfirmedActualWinsOverAnEstimateOfTheSameYear() {
        IndicatorProgress p = higher(false, null, null, target(2021, "10"),
                estimate(2021, "8"), actual(2021, "9"));
        assertDecimal("9", p.latestActual().value());
        assertEquals(false, p.latestActual().estimate());
        assertEquals(ProgressStatus.ON_TRACK, p.years().get(0).status());
    }

    @Test
    void farBelowTargetAndProjectedShortIsBehind() {
        IndicatorProgress p = higher(false, null, null,
                target(2019, "100"), target(2020, "100"), target(2021, "100"),
                actual(2019, "50"), actual(2020, "60"));
        assertEquals(ProgressStatus.BEHIND, p.status());
        assertDecimal("0.55", p.achievementRate());
        assertDecimal("70", p.projection().value());
        assertEquals(ProgressStatus.BEHIND, p.years().get(1).status());
        assertEquals(ProgressStatus.NO_DATA, p.years().get(2).status());
    }

    @Test
    void slightlyBelowTheInterpolatedPathIsOnTrack() {
        IndicatorProgress p = higher(true, 2020, "100", target(2025, "200"), actual(2021, "118"));
        assertDecimal("120", p.years().get(0).expected());
        assertEquals(ProgressStatus.ON_TRACK, p.years().get(0).status());
        assertEquals(ProgressStatus.ON_TRACK, p.status());
        assertDecimal("0.59", p.achievementRate());
    }

    @Test
    void aProjectionThatMeetsTheFinalTargetIsOnTrackEvenBelowThePath() {
        // Behind the straight path in 2022 (35 of an expected 40) but rising fast enough to pass 100 by 2025.
        IndicatorProgress p = higher(true, null, null, target(2021, "20"), target(2025, "100"),
                actual(2021, "5"), actual(2022, "35"));
        assertDecimal("40", p.years().get(1).expected());
        assertEquals(ProgressStatus.BEHIND, p.years().get(1).status());
        assertDecimal("125", p.projection().value());
        assertTrue(p.projection().value().compareTo(new BigDecimal("100")) >= 0, p.projection().toString());
        assertEquals(ProgressStatus.ON_TRACK, p.status());
    }

    @Test
    void lowerIsBetterInvertsTheRate() {
        IndicatorProgress behind = IndicatorProgress.of(Direction.LOWER_IS_BETTER, false, null, null,
                List.of(target(2022, "10"), actual(2022, "12")), ProgressRules.STANDARD);
        assertDecimal("0.8333", behind.achievementRate());
        assertEquals(ProgressStatus.BEHIND, behind.status());
        IndicatorProgress achieved = IndicatorProgress.of(Direction.LOWER_IS_BETTER, false, null, null,
                List.of(target(2022, "10"), actual(2022, "9")), ProgressRules.STANDARD);
        assertEquals(ProgressStatus.ACHIEVED, achieved.status());
        IndicatorProgress zero = IndicatorProgress.of(Direction.LOWER_IS_BETTER, false, null, null,
                List.of(target(2022, "0"), actual(2022, "0")), ProgressRules.STANDARD);
        assertDecimal("1", zero.achievementRate());
        assertEquals(ProgressStatus.ACHIEVED, zero.status());
    }

    @Test
    void withoutActualsOrTargetsThereIsNoData() {
        IndicatorProgress noActual = higher(true, 2018, "4600", target(2028, "4800"));
        assertEquals(ProgressStatus.NO_DATA, noActual.status());
        assertNull(noActual.latestActual());
        assertNull(noActual.achievementRate());
        assertNull(noActual.projection());
        IndicatorProgress noTarget = higher(true, null, null, actual(2020, "5"));
        assertEquals(ProgressStatus.NO_DATA, noTarget.status());
        assertNull(noTarget.finalTarget());
        IndicatorProgress nothing = higher(false, null, null);
        assertEquals(ProgressStatus.NO_DATA, nothing.status());
        assertEquals(List.of(), nothing.years());
    }

    @Test
    void missingFiguresAreSkippedNotCountedAsZero() {
        IndicatorProgress p = higher(false, null, null, target(2020, "5"),
                new Point(2020, ValueKind.ACTUAL, null));
        assertEquals(ProgressStatus.NO_DATA, p.status());
        assertEquals(ProgressStatus.NO_DATA, p.years().get(0).status());
    }
}
