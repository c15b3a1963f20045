package jp.industryplans.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 注記 — a photo caption, footnote, glossary entry or other note printed with a plan. */
@Schema(name = "Note")
public record Note(@NotNull NoteKind kind, @NotBlank @Size(max = 2000) String text, @Valid Source source)
        implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.constant(g, JsonNames.KIND, kind);
        JsonFields.text(g, JsonNames.TEXT, text);
        JsonFields.object(g, JsonNames.SOURCE, source);
        g.writeEndObject();
    }
}
