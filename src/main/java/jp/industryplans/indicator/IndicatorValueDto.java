package jp.industryplans.indicator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 目標・実績・見込み — one figure of an indicator as the API shows it: a number, words, or why it is missing. */
@Schema(name = "IndicatorValue")
public record IndicatorValueDto(int fiscalYear, String fiscalYearLabel, boolean fiscalYearInferred, ValueKind kind,
                                BigDecimal value, QualitativeValue qualitative, String text,
                                MissingReason missingReason, String note, Source source)
        implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.number(g, JsonNames.FISCAL_YEAR, fiscalYear);
        JsonFields.label(g, JsonNames.FISCAL_YEAR_LABEL, fiscalYearLabel);
        JsonFields.bool(g, JsonNames.FISCAL_YEAR_INFERRED, fiscalYearInferred);
        JsonFields.constant(g, JsonNames.KIND, kind);
        JsonFields.number(g, JsonNames.VALUE, value);
        JsonFields.constant(g, JsonNames.QUALITATIVE, qualitative);
        JsonFields.text(g, JsonNames.TEXT, text);
        JsonFields.constant(g, JsonNames.MISSING_REASON, missingReason);
        JsonFields.text(g, JsonNames.NOTE, note);
        JsonFields.object(g, JsonNames.SOURCE, source);
        g.writeEndObject();
    }

    public static IndicatorValueDto of(IndicatorValue v) {
        return new IndicatorValueDto(v.id.fiscalYear(), FiscalYear.of(v.id.fiscalYear()).label(),
                v.fiscalYearInferred, v.id.kind(), IndicatorDto.plain(v.value), v.qualitative, v.text,
                v.missingReason, v.note, v.source());
    }
}
