package jp.industryplans.release;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 目標の改定 — a target changed after it was first released: 当初目標 ({@code original}, as first
 * released) and 改定目標 ({@code revised}, as released later).
 */
@Schema(name = "TargetRevision")
public record TargetRevision(UUID indicatorId, String indicatorName, int fiscalYear, String fiscalYearLabel,
                             Figure original, Figure revised) implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.id(g, JsonNames.INDICATOR_ID, indicatorId);
        JsonFields.text(g, JsonNames.INDICATOR_NAME, indicatorName);
        JsonFields.number(g, JsonNames.FISCAL_YEAR, fiscalYear);
        JsonFields.label(g, JsonNames.FISCAL_YEAR_LABEL, fiscalYearLabel);
        JsonFields.object(g, JsonNames.ORIGINAL, original);
        JsonFields.object(g, JsonNames.REVISED, revised);
        g.writeEndObject();
    }

    /** A target as one release showed it. */
    @Schema(name = "ReleasedTarget")
    public record Figure(BigDecimal value, String text, int release) implements JsonFields.Writable {

        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStartObject();
            JsonFields.number(g, JsonNames.VALUE, value);
            JsonFields.text(g, JsonNames.TEXT, text);
            JsonFields.number(g, JsonNames.RELEASE, release);
            g.writeEndObject();
        }
    }
}
