package jp.industryplans.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import jp.industryplans.indicator.IndicatorProgress.Point;
import jp.industryplans.indicator.IndicatorProgress.Subject;
import org.junit.jupiter.api.Test;

/** The progress rule, case by case: the cases of issue 12 first, then the edges of each counting mode. */
class IndicatorProgressTest {

    private static final ProgressRules RULES = ProgressRules.STANDARD;

    static Point target(int fy, String v) {
        return new Point(fy, ValueKind.TARGET, new BigDecimal(v), null, false);
    }

    static Point actual(int fy, String v) {
        return new Point(fy, ValueKind.ACTUAL, new BigDecimal(v), null, false);
    }

    static Point estimate(int fy, String v) {
        return new Point(fy, ValueKind.ESTIMATE, new BigDecimal(v), null, false);
    }

    static Point missing(int fy, ValueKind kind) {
        return new Point(fy, kind, null, null, false);
    }

    static Point words(int fy, ValueKind kind, QualitativeValue q) {
        return new Point(fy, kind, null, q, false);
    }

    static Point inferred(Point p) {
        return new Point(p.fiscalYear(), p.kind(), p.value(), p.qualitative(), true);
    }

    private static IndicatorProgress judge(CountingMode mode, Integer baseYear, String base, Point... points) {
        return judge(mode, Direction.HIGHER_IS_BETTER, null, baseYear, base, false, points);
    }

    private static IndicatorProgress judge(CountingMode mode, Direction direction, String unit, Integer baseYear,
                                           String base, boolean baseInferred, Point... points) {
        return IndicatorProgress.of(new Subject(mode, direction, unit, baseYear,
                base == null ? null : new BigDecimal(base), baseInferred), List.of(points), RULES);
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertDecimal(expected, actual, "");
    }

    private static void assertDecimal(String expected, BigDecimal actual, String why) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0,
                () -> expected + " ≠ " + actual + " " + why);
    }

    // ---------------------------------------------------------------- the cases of issue 12

    @Test
    void aYearBelowTargetPullsAPerYearVolumeBelowAchieved() {
        // ビジネス交流フェスタ (edd691e1…): 年1回; 1, 0 (令和2年度) and 1 estimated. The old rule said ACHIEVED at 66.67 %.
        IndicatorProgress p = judge(CountingMode.PER_YEAR, 2018, "1",
                target(2019, "1"), target(2020, "1"), target(2021, "1"),
                actual(2019, "1"), actual(2020, "0"), estimate(2021, "1"));
        assertDecimal("0.6667", p.achievementRate());
        assertEquals(ProgressStatus.BEHIND, p.status());
        assertEquals(ProgressBasis.ESTIMATE, p.basis());
        assertDecimal("2", p.compared().actual());
        assertDecimal("3", p.compared().target());
        assertEquals(List.of(2019, 2020, 2021), p.compared().fiscalYears());
    }

    @Test
    void ninetyThreePercentIsOnTrackAndNinetySixIsNotBehind() {
        // 交流展出展支援 (3c39bf81…): 14, 13, 15 (見込み) of 15 a year — ACHIEVED at 93.3 % before.
        IndicatorProgress exhibition = judge(CountingMode.PER_YEAR, 2014, "15",
                target(2015, "15"), target(2016, "15"), target(2017, "15"),
                actual(2015, "14"), actual(2016, "13"), estimate(2017, "15"));
        assertDecimal("0.9333", exhibition.achievementRate());
        assertEquals(ProgressStatus.ON_TRACK, exhibition.status());
        // 支援 年9社 (00952566…): 9, 9, 8 (見込み) of 9 a year — BEHIND at 96.3 % before.
        IndicatorProgress support = judge(CountingMode.PER_YEAR, 2018, "9",
                target(2019, "9"), target(2020, "9"), target(2021, "9"),
                actual(2019, "9"), actual(2020, "9"), estimate(2021, "8"));
        assertDecimal("0.963", support.achievementRate());
        assertEquals(ProgressStatus.ON_TRACK, support.status());
        assertEquals(ProgressBasis.ESTIMATE, support.basis());
    }

    @Test
    void aYearlyVolumeHasNoProjectionSoNoneBelowZero() {
        // 区外ワークショップ (91b707fa…): 1 then 0 events; a line through them projected −0.33 events before.
        IndicatorProgress p = judge(CountingMode.PER_YEAR, 2018, "1",
                target(2019, "1"), target(2020, "1"), target(2021, "1"),
                actual(2019, "1"), actual(2020, "0"), missing(2021, ValueKind.ESTIMATE));
        assertNull(p.projection());
        assertEquals(ProjectionUnavailable.COUNTING_MODE, p.projectionUnavailable());
        assertDecimal("0.5", p.achievementRate());
        assertEquals(ProgressStatus.BEHIND, p.status());
        assertEquals(ProgressBasis.ACTUAL, p.basis(), "the unreadable 令和3年度 estimate is not part of the verdict");
    }

    @Test
    void aGrossYearlyCountIsComparedInItsYearAndNotProjected() {
        // 中小企業振興センター (bd71d15f…): 延べ4,600社 (2018) → 延べ4,700社 (2023), 4,800社 (2028); 5,653 then 5,550.
        IndicatorProgress p = judge(CountingMode.GROSS_PER_YEAR, 2018, "4600",
                actual(2019, "5653"), actual(2020, "5550"), target(2023, "4700"), target(2028, "4800"));
        assertDecimal("4640", p.compared().target());
        assertDecimal("5550", p.compared().actual());
        assertDecimal("1.1961", p.achievementRate());
        assertEquals(ProgressStatus.ACHIEVED, p.status());
        assertEquals(ProgressBasis.ACTUAL, p.basis());
        assertNull(p.projection(), "9,542.67社 for 2028 before");
        assertEquals(ProjectionUnavailable.COUNTING_MODE, p.projectionUnavailable());
        assertDecimal("-103", p.changeFromPrevious());
        assertDecimal("4620", p.years().get(0).expected());
    }

    @Test
    void aRunningTotalIsProjectedAndNeverBelowItsLatestTotal() {
        IndicatorProgress rising = judge(CountingMode.RUNNING_TOTAL, 2018, "184",
                target(2019, "199"), target(2020, "214"), target(2021, "229"),
                actual(2019, "197"), actual(2020, "206"));
        assertDecimal("0.9626", rising.achievementRate());
        assertEquals(ProgressStatus.ON_TRACK, rising.status());
        assertDecimal("217", rising.projection().value()); // 206 + (206 − 184) ÷ 2
        // A total that fell (a data error) projects no further fall.
        IndicatorProgress fell = judge(CountingMode.RUNNING_TOTAL, 2018, "184",
                target(2021, "229"), actual(2019, "190"), actual(2020, "150"));
        assertDecimal("150", fell.projection().value());
    }

    @Test
    void aQualitativeTargetDoneEveryYearIsAchieved() {
        // ものづくり大賞・展示販売 (bf2849f1…): 実施 each year, 平成29年度 見込み; NO_DATA before.
        IndicatorProgress p = judge(CountingMode.QUALITATIVE, null, null,
                words(2015, ValueKind.TARGET, QualitativeValue.DONE), words(2016, ValueKind.TARGET, QualitativeValue.DONE),
                words(2017, ValueKind.TARGET, QualitativeValue.DONE), words(2015, ValueKind.ACTUAL, QualitativeValue.DONE),
                words(2016, ValueKind.ACTUAL, QualitativeValue.DONE),
                words(2017, ValueKind.ESTIMATE, QualitativeValue.DONE));
        assertEquals(ProgressStatus.ACHIEVED, p.status());
        assertDecimal("1", p.achievementRate());
        assertEquals(ProgressBasis.ESTIMATE, p.basis());
        assertEquals(QualitativeValue.DONE, p.years().get(2).actualQualitative());
        assertTrue(p.years().get(2).estimate());
        assertEquals(ProjectionUnavailable.COUNTING_MODE, p.projectionUnavailable());
    }

    @Test
    void aYearNotDoneCountsAgainstAndFreeTextIsLeftUnjudged() {
        IndicatorProgress p = judge(CountingMode.QUALITATIVE, null, null,
                words(2019, ValueKind.TARGET, QualitativeValue.DONE), words(2020, ValueKind.TARGET, QualitativeValue.DONE),
                words(2021, ValueKind.TARGET, QualitativeValue.DONE), words(2019, ValueKind.ACTUAL, QualitativeValue.DONE),
                words(2020, ValueKind.ACTUAL, QualitativeValue.NOT_DONE),
                words(2021, ValueKind.ACTUAL, QualitativeValue.TEXT));
        assertDecimal("0.5", p.achievementRate());
        assertEquals(ProgressStatus.BEHIND, p.status());
        assertEquals(List.of(2019, 2020), p.compared().fiscalYears());
        assertEquals(ProgressStatus.NO_DATA, p.years().get(2).status());
        IndicatorProgress onlyText = judge(CountingMode.QUALITATIVE, null, null,
                words(2019, ValueKind.TARGET, QualitativeValue.TEXT), words(2019, ValueKind.ACTUAL, QualitativeValue.TEXT));
        assertEquals(ProgressStatus.NO_DATA, onlyText.status());
        assertNull(onlyText.basis());
    }

    @Test
    void aVerdictRestingOnAnInferredYearSaysSo() {
        // The 2015 sheet's KPI: 37.5 % (year inferred: FY2014) → 50 % (year inferred: FY2017).
        IndicatorProgress p = judge(CountingMode.LEVEL, Direction.HIGHER_IS_BETTER, "%", 2014, "37.5", true,
                inferred(target(2017, "50")), actual(2016, "45"));
        assertTrue(p.inferredYears());
        assertDecimal("45.8333", p.compared().target());
        assertEquals(ProgressStatus.ON_TRACK, p.status());
        assertTrue(p.years().get(1).fiscalYearInferred(), "the target's year");
        assertFalse(p.years().get(0).fiscalYearInferred(), "the actual's year is given");
        IndicatorProgress noActual = judge(CountingMode.LEVEL, Direction.HIGHER_IS_BETTER, "%", 2014, "37.5", true,
                inferred(target(2017, "50")), missing(2016, ValueKind.ACTUAL));
        assertEquals(ProgressStatus.NO_DATA, noActual.status());
        assertFalse(noActual.inferredYears(), "no verdict, nothing resting on the inferred years");
    }

    // ---------------------------------------------------------------- modes, directions and edges

    @Test
    void aLevelProjectionStaysWithinZeroAndAHundredPercent() {
        IndicatorProgress falling = judge(CountingMode.LEVEL, Direction.HIGHER_IS_BETTER, "%", 2018, "30", false,
                actual(2019, "20"), actual(2020, "10"), target(2030, "50"));
        assertDecimal("0", falling.projection().value());
        IndicatorProgress rising = judge(CountingMode.LEVEL, Direction.HIGHER_IS_BETTER, "%", 2018, "60", false,
                actual(2019, "80"), actual(2020, "95"), target(2030, "99"));
        assertDecimal("100", rising.projection().value());
        IndicatorProgress negative = judge(CountingMode.LEVEL, Direction.HIGHER_IS_BETTER, "%", 2018, "-1", false,
                actual(2019, "-2"), target(2022, "1"));
        assertDecimal("-5", negative.projection().value(), "a level that has been negative has no floor at 0");
    }

    @Test
    void projectionsNeedAFinalTargetAheadAndTwoFigures() {
        assertEquals(ProjectionUnavailable.NO_FINAL_TARGET,
                judge(CountingMode.LEVEL, 2018, "1", actual(2019, "2")).projectionUnavailable());
        assertEquals(ProjectionUnavailable.TOO_FEW_FIGURES,
                judge(CountingMode.LEVEL, null, null, actual(2019, "2"), target(2025, "5")).projectionUnavailable());
        assertEquals(ProjectionUnavailable.TARGET_YEAR_REACHED,
                judge(CountingMode.RUNNING_TOTAL, 2018, "1", actual(2025, "2"), target(2025, "5"))
                        .projectionUnavailable());
    }

    @Test
    void aProjectionNeverChangesTheStatus() {
        // Behind the straight path in 2022 (35 of an expected 40) but rising fast enough to pass 100 by 2025.
        IndicatorProgress p = judge(CountingMode.RUNNING_TOTAL, null, null, target(2021, "20"), target(2025, "100"),
                actual(2021, "5"), actual(2022, "35"));
        assertDecimal("40", p.compared().target());
        assertDecimal("0.875", p.achievementRate());
        assertEquals(ProgressStatus.BEHIND, p.status());
        assertTrue(p.projection().value().compareTo(new BigDecimal("100")) >= 0, p.projection().toString());
    }

    @Test
    void theExpectedFigureFollowsTheStraightPathAndStopsAtTheLastTarget() {
        IndicatorProgress onPath = judge(CountingMode.RUNNING_TOTAL, 2020, "100", target(2025, "200"),
                actual(2021, "118"));
        assertDecimal("120", onPath.compared().target());
        assertEquals(ProgressStatus.ON_TRACK, onPath.status());
        IndicatorProgress late = judge(CountingMode.LEVEL, 2020, "100", target(2022, "200"), actual(2024, "190"));
        assertDecimal("200", late.compared().target());
        IndicatorProgress early = judge(CountingMode.LEVEL, null, null, target(2025, "200"), actual(2021, "100"));
        assertDecimal("200", early.compared().target(), "no path without an earlier anchor: the first target");
    }

    @Test
    void aPerYearVolumeJudgesOnlyTheYearsWithATarget() {
        IndicatorProgress p = judge(CountingMode.PER_YEAR, null, null, target(2019, "100"),
                actual(2019, "95"), actual(2020, "500"));
        assertEquals(List.of(2019), p.compared().fiscalYears());
        assertEquals(ProgressStatus.ON_TRACK, p.status());
        assertNull(p.years().get(1).expected());
        assertEquals(ProgressStatus.NO_DATA, p.years().get(1).status());
    }

    @Test
    void theThresholdsAreInclusive() {
        assertEquals(ProgressStatus.ACHIEVED,
                judge(CountingMode.PER_YEAR, null, null, target(2020, "10"), actual(2020, "10")).status());
        assertEquals(ProgressStatus.ON_TRACK,
                judge(CountingMode.PER_YEAR, null, null, target(2020, "10"), actual(2020, "9")).status());
        assertEquals(ProgressStatus.BEHIND,
                judge(CountingMode.PER_YEAR, null, null, target(2020, "10"), actual(2020, "8.99")).status());
    }

    @Test
    void aConfirmedActualWinsOverAnEstimateOfTheSameYear() {
        IndicatorProgress p = judge(CountingMode.PER_YEAR, null, null, target(2021, "10"),
                estimate(2021, "8"), actual(2021, "9"));
        assertDecimal("9", p.latestActual().value());
        assertFalse(p.latestActual().estimate());
        assertEquals(ProgressBasis.ACTUAL, p.basis());
        assertEquals(ProgressStatus.ON_TRACK, p.status());
    }

    @Test
    void lowerIsBetterInvertsTheRate() {
        IndicatorProgress behind = judge(CountingMode.LEVEL, Direction.LOWER_IS_BETTER, null, null, null, false,
                target(2022, "10"), actual(2022, "12"));
        assertDecimal("0.8333", behind.achievementRate());
        assertEquals(ProgressStatus.BEHIND, behind.status());
        IndicatorProgress achieved = judge(CountingMode.PER_YEAR, Direction.LOWER_IS_BETTER, null, null, null, false,
                target(2022, "10"), actual(2022, "9"));
        assertEquals(ProgressStatus.ACHIEVED, achieved.status());
        IndicatorProgress zero = judge(CountingMode.PER_YEAR, Direction.LOWER_IS_BETTER, null, null, null, false,
                target(2022, "0"), actual(2022, "0"));
        assertDecimal("1", zero.achievementRate());
        assertEquals(ProgressStatus.ACHIEVED, zero.status());
    }

    @Test
    void withoutActualsOrTargetsThereIsNoDataAndNoBasis() {
        IndicatorProgress noActual = judge(CountingMode.GROSS_PER_YEAR, 2018, "4600", target(2028, "4800"));
        assertEquals(ProgressStatus.NO_DATA, noActual.status());
        assertNull(noActual.latestActual());
        assertNull(noActual.achievementRate());
        assertNull(noActual.basis());
        assertNull(noActual.compared());
        IndicatorProgress noTarget = judge(CountingMode.RUNNING_TOTAL, null, null, actual(2020, "5"));
        assertEquals(ProgressStatus.NO_DATA, noTarget.status());
        assertNull(noTarget.finalTarget());
        IndicatorProgress nothing = judge(CountingMode.PER_YEAR, null, null);
        assertEquals(ProgressStatus.NO_DATA, nothing.status());
        assertEquals(List.of(), nothing.years());
    }

    @Test
    void missingFiguresAreSkippedNotCountedAsZero() {
        IndicatorProgress p = judge(CountingMode.PER_YEAR, null, null, target(2020, "5"),
                missing(2020, ValueKind.ACTUAL));
        assertEquals(ProgressStatus.NO_DATA, p.status());
        assertEquals(ProgressStatus.NO_DATA, p.years().get(0).status());
    }

    @Test
    void theRulesInWordsCarryTheNumbersTheCodeUses() {
        assertTrue(RULES.statuses().get(1).rule().contains("0.90") && RULES.statuses().get(1).rule().contains("1.00"));
        assertEquals(RULES.onTrackAt(), RULES.statuses().get(1).rateFrom());
        assertEquals(ProgressStatus.ON_TRACK, RULES.status(RULES.statuses().get(1).rateFrom()));
        assertEquals(ProgressStatus.BEHIND, RULES.status(RULES.onTrackAt().subtract(new BigDecimal("0.0001"))));
        assertEquals(List.of(CountingMode.values()), RULES.countingModes().stream().map(m -> m.mode()).toList());
        assertEquals(List.of(CountingMode.RUNNING_TOTAL, CountingMode.LEVEL), RULES.countingModes().stream()
                .filter(ProgressRules.CountingModeRule::projected).map(ProgressRules.CountingModeRule::mode).toList());
    }
}
