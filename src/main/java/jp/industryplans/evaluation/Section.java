package jp.industryplans.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 評価の記述 — one section of an evaluation's commentary (施策の概要, 今後の方向性 …). */
@Schema(name = "Section")
public record Section(@Size(max = 200) String heading, @NotBlank @Size(max = 20000) String text)
        implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.text(g, JsonNames.HEADING, heading);
        JsonFields.text(g, JsonNames.TEXT, text);
        g.writeEndObject();
    }
}
