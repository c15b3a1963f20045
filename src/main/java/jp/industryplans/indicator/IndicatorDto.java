package jp.industryplans.indicator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 指標 — an indicator as the API shows it, with its display name, baseline, every stored value and
 * its progress. {@code cumulative} is the earlier, coarser form of {@code countingMode}.
 */
@Schema(name = "Indicator")
public record IndicatorDto(
        UUID id, String key, UUID planId, UUID initiativeId, String name, String displayName, String unit,
        IndicatorRole role, CountingMode countingMode, boolean cumulative, Direction direction,
        String plannedVolume, Baseline baseline, String dataSource, String note, int sortOrder, Source source,
        List<IndicatorValueDto> values, IndicatorProgress progress) implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.id(g, JsonNames.ID, id);
        JsonFields.text(g, JsonNames.KEY, key);
        JsonFields.id(g, JsonNames.PLAN_ID, planId);
        JsonFields.id(g, JsonNames.INITIATIVE_ID, initiativeId);
        JsonFields.text(g, JsonNames.NAME, name);
        JsonFields.text(g, JsonNames.DISPLAY_NAME, displayName);
        JsonFields.text(g, JsonNames.UNIT, unit);
        JsonFields.constant(g, JsonNames.ROLE, role);
        JsonFields.constant(g, JsonNames.COUNTING_MODE, countingMode);
        JsonFields.bool(g, JsonNames.CUMULATIVE, cumulative);
        JsonFields.constant(g, JsonNames.DIRECTION, direction);
        JsonFields.text(g, JsonNames.PLANNED_VOLUME, plannedVolume);
        JsonFields.object(g, JsonNames.BASELINE, baseline);
        JsonFields.text(g, JsonNames.DATA_SOURCE, dataSource);
        JsonFields.text(g, JsonNames.NOTE, note);
        JsonFields.number(g, JsonNames.SORT_ORDER, sortOrder);
        JsonFields.object(g, JsonNames.SOURCE, source);
        JsonFields.objects(g, JsonNames.VALUES, values);
        JsonFields.object(g, JsonNames.PROGRESS, progress);
        g.writeEndObject();
    }

    public static IndicatorDto of(Indicator i, List<IndicatorValue> values) {
        Baseline baseline = i.baselineFiscalYear == null && i.baselineValue == null && i.baselineText == null
                ? null
                : new Baseline(i.baselineFiscalYear, plain(i.baselineValue), i.baselineText, i.baselineLabel,
                        i.baselineFiscalYearInferred);
        return new IndicatorDto(i.id, i.key(), i.planId, i.initiativeId, i.name, displayName(i), i.unit, i.role,
                i.countingMode, i.countingMode == CountingMode.RUNNING_TOTAL, i.direction, i.plannedVolume, baseline,
                i.dataSource, i.note, i.sortOrder, i.source(),
                values.stream().map(IndicatorValueDto::of).toList(), progress(i, values));
    }

    public static IndicatorProgress progress(Indicator i, List<IndicatorValue> values) {
        return IndicatorProgress.of(
                new IndicatorProgress.Subject(i.countingMode, i.direction, i.unit, i.baselineFiscalYear,
                        plain(i.baselineValue), i.baselineFiscalYearInferred),
                values.stream().map(v -> new IndicatorProgress.Point(v.id.fiscalYear(), v.id.kind(), plain(v.value),
                        v.qualitative, v.fiscalYearInferred)).toList(),
                ProgressRules.STANDARD);
    }

    /** The stored display name; a row written by an older replica has none yet and shows its name. */
    static String displayName(Indicator i) {
        return i.displayName == null ? i.name : i.displayName;
    }

    /** Figures are stored with four decimals; callers see them as written: 4600, 37.5. */
    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
