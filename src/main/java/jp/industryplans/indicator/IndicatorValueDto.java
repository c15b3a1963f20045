package jp.industryplans.indicator;

import java.math.BigDecimal;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 目標・実績・見込み — one figure of an indicator as the API shows it. */
@Schema(name = "IndicatorValue")
public record IndicatorValueDto(int fiscalYear, String fiscalYearLabel, ValueKind kind, BigDecimal value, String text,
                                MissingReason missingReason, String note, Source source) {

    public static IndicatorValueDto of(IndicatorValue v) {
        return new IndicatorValueDto(v.id.fiscalYear(), FiscalYear.of(v.id.fiscalYear()).label(), v.id.kind(),
                IndicatorDto.plain(v.value),
                v.text, v.missingReason, v.note,
                v.source());
    }
}
