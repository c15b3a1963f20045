package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 出典 — provenance: the source document's file name and a verbatim quote from it. */
@Schema(name = "Source")
public record Source(
        @NotBlank @Size(max = 200) String document,
        @NotBlank @Size(max = 2000) String quote) implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.text(g, JsonNames.DOCUMENT, document);
        JsonFields.text(g, JsonNames.QUOTE, quote);
        g.writeEndObject();
    }
}
