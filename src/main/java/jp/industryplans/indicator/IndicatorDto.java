package jp.industryplans.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 指標 — an indicator as the API shows it, with its baseline, every stored value and its progress. */
@Schema(name = "Indicator")
public record IndicatorDto(
        UUID id, String key, UUID planId, UUID initiativeId, String name, String unit, IndicatorRole role,
        boolean cumulative, Direction direction, String plannedVolume, Baseline baseline, String dataSource,
        String note, int sortOrder, Source source, List<IndicatorValueDto> values, IndicatorProgress progress) {

    public static IndicatorDto of(Indicator i, List<IndicatorValue> values) {
        Baseline baseline = i.baselineFiscalYear == null && i.baselineValue == null && i.baselineText == null
                ? null
                : new Baseline(i.baselineFiscalYear,
                        plain(i.baselineValue),
                        i.baselineText, i.baselineLabel);
        return new IndicatorDto(i.id, i.key(), i.planId, i.initiativeId, i.name, i.unit, i.role, i.cumulative,
                i.direction, i.plannedVolume, baseline, i.dataSource, i.note, i.sortOrder,
                i.source(),
                values.stream().map(IndicatorValueDto::of).toList(), progress(i, values));
    }

    public static IndicatorProgress progress(Indicator i, List<IndicatorValue> values) {
        return IndicatorProgress.of(i.direction, i.cumulative, i.baselineFiscalYear, plain(i.baselineValue),
                values.stream().map(v -> new IndicatorProgress.Point(v.id.fiscalYear(), v.id.kind(), plain(v.value)))
                        .toList(),
                ProgressRules.STANDARD);
    }

    /** Figures are stored with four decimals; callers see them as written: 4600, 37.5. */
    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
