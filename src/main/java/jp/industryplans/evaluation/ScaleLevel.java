package jp.industryplans.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 評価の段階 — one step of a rating scale as the sheet words it (Ａ 順調である). */
@Schema(name = "ScaleLevel")
public record ScaleLevel(@NotBlank @Size(max = 10) String rating, @NotBlank @Size(max = 200) String label)
        implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.text(g, JsonNames.RATING, rating);
        JsonFields.text(g, JsonNames.LABEL, label);
        g.writeEndObject();
    }
}
