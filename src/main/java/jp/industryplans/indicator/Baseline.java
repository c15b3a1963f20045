package jp.industryplans.indicator;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 策定時・現況 — the baseline of an indicator: its fiscal year, figure, and the text as written;
 * {@code fiscalYearInferred} when the source does not give the year (年度推定).
 */
@Schema(name = "Baseline")
public record Baseline(
        @Min(1926) @Max(2100) Integer fiscalYear,
        @jakarta.validation.constraints.Digits(integer = 16, fraction = 4) BigDecimal value,
        @Size(max = 200) String text,
        @Size(max = 200) String label,
        Boolean fiscalYearInferred) implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.number(g, JsonNames.FISCAL_YEAR, fiscalYear);
        JsonFields.number(g, JsonNames.VALUE, value);
        JsonFields.text(g, JsonNames.TEXT, text);
        JsonFields.text(g, JsonNames.LABEL, label);
        JsonFields.bool(g, JsonNames.FISCAL_YEAR_INFERRED, fiscalYearInferred);
        g.writeEndObject();
    }
}
