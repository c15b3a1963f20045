package jp.industryplans.indicator;

import java.math.BigDecimal;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 目標・実績・見込み — one figure of an indicator as the API shows it: a number, words, or why it is missing. */
@Schema(name = "IndicatorValue")
public record IndicatorValueDto(int fiscalYear, String fiscalYearLabel, boolean fiscalYearInferred, ValueKind kind,
                                BigDecimal value, QualitativeValue qualitative, String text,
                                MissingReason missingReason, String note, Source source) {

    public static IndicatorValueDto of(IndicatorValue v) {
        return new IndicatorValueDto(v.id.fiscalYear(), FiscalYear.of(v.id.fiscalYear()).label(),
                v.fiscalYearInferred, v.id.kind(), IndicatorDto.plain(v.value), v.qualitative, v.text,
                v.missingReason, v.note, v.source());
    }
}
