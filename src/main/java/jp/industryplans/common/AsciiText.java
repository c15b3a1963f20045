package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * 問題詳細の文字 — the text of a problem detail written in ASCII, every other character as a
 * JSON {@code \\uXXXX} escape. Details are often Japanese, and some generated clients
 * (openapi-generator's Java {@code native}) turn an error body into text with the platform's
 * charset, MS932 on Japanese Windows: escaped, the text survives any ASCII-compatible
 * decoding. Successful answers stay plain UTF-8, as clients parse those as JSON bytes.
 */
public class AsciiText extends StdSerializer<String> {

    public AsciiText() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeRawValue(quote(value));
    }

    static String quote(String value) {
        char[] escaped = JsonStringEncoder.getInstance().quoteAsString(value);
        StringBuilder out = new StringBuilder(escaped.length + 2).append('"');
        for (char c : escaped) {
            if (c < 0x80) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
