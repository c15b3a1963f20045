package jp.industryplans.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import jp.industryplans.release.TargetRevision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 進捗 — how an indicator stands against its targets, year by year and overall, by the one rule of
 * {@link ProgressRules}: the overall status is the status of {@code achievementRate}, and that rate
 * is made of the figures in {@code compared}, chosen by the indicator's counting mode (集計方法).
 * {@code basis} says whether the verdict rests on an estimate (見込み). {@code targetRevisions}
 * (目標の改定, 当初目標 → 改定目標) is present only when the progress is read from a release
 * (callers without a role, or {@code asOf}); it is absent (null) in the working state.
 */
@Schema(name = "IndicatorProgress")
public record IndicatorProgress(
        CountingMode countingMode, ProgressStatus status, BigDecimal achievementRate, ProgressBasis basis,
        Comparison compared, boolean inferredYears, Figure latestActual, Figure previousActual,
        BigDecimal changeFromPrevious, Figure finalTarget, Figure projection,
        ProjectionUnavailable projectionUnavailable, List<Year> years,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TargetRevision> targetRevisions)
        implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.constant(g, JsonNames.COUNTING_MODE, countingMode);
        JsonFields.constant(g, JsonNames.STATUS, status);
        JsonFields.number(g, JsonNames.ACHIEVEMENT_RATE, achievementRate);
        JsonFields.constant(g, JsonNames.BASIS, basis);
        JsonFields.object(g, JsonNames.COMPARED, compared);
        JsonFields.bool(g, JsonNames.INFERRED_YEARS, inferredYears);
        JsonFields.object(g, JsonNames.LATEST_ACTUAL, latestActual);
        JsonFields.object(g, JsonNames.PREVIOUS_ACTUAL, previousActual);
        JsonFields.number(g, JsonNames.CHANGE_FROM_PREVIOUS, changeFromPrevious);
        JsonFields.object(g, JsonNames.FINAL_TARGET, finalTarget);
        JsonFields.object(g, JsonNames.PROJECTION, projection);
        JsonFields.constant(g, JsonNames.PROJECTION_UNAVAILABLE, projectionUnavailable);
        JsonFields.objects(g, JsonNames.YEARS, years);
        if (targetRevisions != null) {
            JsonFields.objects(g, JsonNames.TARGET_REVISIONS, targetRevisions);
        }
        g.writeEndObject();
    }

    /** The progress of the working state: no target revisions (those belong to a release). */
    public IndicatorProgress(CountingMode countingMode, ProgressStatus status, BigDecimal achievementRate,
                             ProgressBasis basis, Comparison compared, boolean inferredYears, Figure latestActual,
                             Figure previousActual, BigDecimal changeFromPrevious, Figure finalTarget,
                             Figure projection, ProjectionUnavailable projectionUnavailable, List<Year> years) {
        this(countingMode, status, achievementRate, basis, compared, inferredYears, latestActual, previousActual,
                changeFromPrevious, finalTarget, projection, projectionUnavailable, years, null);
    }

    /** A figure of one fiscal year; {@code estimate} when it is a 見込み (or a projection), not a confirmed 実績. */
    @Schema(name = "ProgressFigure")
    public record Figure(int fiscalYear, String fiscalYearLabel, BigDecimal value, boolean estimate)
            implements JsonFields.Writable {

        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStartObject();
            JsonFields.number(g, JsonNames.FISCAL_YEAR, fiscalYear);
            JsonFields.label(g, JsonNames.FISCAL_YEAR_LABEL, fiscalYearLabel);
            JsonFields.number(g, JsonNames.VALUE, value);
            JsonFields.bool(g, JsonNames.ESTIMATE, estimate);
            g.writeEndObject();
        }


        static Figure of(int fiscalYear, BigDecimal value, boolean estimate) {
            return new Figure(fiscalYear, FiscalYear.of(fiscalYear).label(), value, estimate);
        }
    }

    /**
     * 比較した数値 — the two figures the overall rate divides, and the fiscal years they come from:
     * rate = actual ÷ target (target ÷ actual when lower is better).
     */
    @Schema(name = "ProgressComparison")
    public record Comparison(BigDecimal actual, BigDecimal target, List<Integer> fiscalYears)
            implements JsonFields.Writable {

        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStartObject();
            JsonFields.number(g, JsonNames.ACTUAL, actual);
            JsonFields.number(g, JsonNames.TARGET, target);
            JsonFields.numbers(g, JsonNames.FISCAL_YEARS, fiscalYears);
            g.writeEndObject();
        }
    }

    /**
     * One fiscal year: its target (or, in the modes that have one, the figure expected on the way
     * to the next target), its actual, the rate and the status; qualitative figures in words.
     */
    @Schema(name = "ProgressYear")
    public record Year(int fiscalYear, String fiscalYearLabel, BigDecimal target, BigDecimal expected,
                       BigDecimal actual, boolean estimate, QualitativeValue targetQualitative,
                       QualitativeValue actualQualitative, boolean fiscalYearInferred, BigDecimal achievementRate,
                       ProgressStatus status) implements JsonFields.Writable {

        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStartObject();
            JsonFields.number(g, JsonNames.FISCAL_YEAR, fiscalYear);
            JsonFields.label(g, JsonNames.FISCAL_YEAR_LABEL, fiscalYearLabel);
            JsonFields.number(g, JsonNames.TARGET, target);
            JsonFields.number(g, JsonNames.EXPECTED, expected);
            JsonFields.number(g, JsonNames.ACTUAL, actual);
            JsonFields.bool(g, JsonNames.ESTIMATE, estimate);
            JsonFields.constant(g, JsonNames.TARGET_QUALITATIVE, targetQualitative);
            JsonFields.constant(g, JsonNames.ACTUAL_QUALITATIVE, actualQualitative);
            JsonFields.bool(g, JsonNames.FISCAL_YEAR_INFERRED, fiscalYearInferred);
            JsonFields.number(g, JsonNames.ACHIEVEMENT_RATE, achievementRate);
            JsonFields.constant(g, JsonNames.STATUS, status);
            g.writeEndObject();
        }
    }

    /** The indicator's own facts the rule needs. */
    public record Subject(CountingMode mode, Direction direction, String unit, Integer baselineYear,
                          BigDecimal baselineValue, boolean baselineYearInferred) {
    }

    /** One stored figure, as the calculation needs it: a number, words, or neither (a missing figure). */
    public record Point(int fiscalYear, ValueKind kind, BigDecimal value, QualitativeValue qualitative,
                        boolean fiscalYearInferred) {
    }

    /**
     * The figures of each fiscal year among the points that hold one: the targets, and one actual
     * per year, where a confirmed actual replaces an estimate of the same year.
     */
    record ByYear(TreeMap<Integer, Point> targets, TreeMap<Integer, Point> actuals) {

        static ByYear of(List<Point> points, Predicate<Point> holdsFigure) {
            ByYear years = new ByYear(new TreeMap<>(), new TreeMap<>());
            for (Point p : points) {
                if (!holdsFigure.test(p)) {
                    continue;
                }
                if (p.kind() == ValueKind.TARGET) {
                    years.targets.put(p.fiscalYear(), p);
                } else if (p.kind() == ValueKind.ACTUAL || !years.actuals.containsKey(p.fiscalYear())) {
                    years.actuals.put(p.fiscalYear(), p);
                }
            }
            return years;
        }
    }

    public static IndicatorProgress of(Subject subject, List<Point> points, ProgressRules rules) {
        return subject.mode() == CountingMode.QUALITATIVE
                ? QualitativeProgress.judge(subject, points, rules)
                : NumericProgress.judge(subject, points, rules);
    }

    static ProgressBasis basis(BigDecimal rate, boolean estimate) {
        if (rate == null) {
            return null;
        }
        return estimate ? ProgressBasis.ESTIMATE : ProgressBasis.ACTUAL;
    }
}
