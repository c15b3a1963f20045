package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON の直接書き出し — fields written straight to a {@link JsonGenerator}, as Jackson's data binding
 * writes them for the records of the plan detail (計画詳細): null as {@code null}, enums by name,
 * ids in their canonical form, figures through the generator (so the mapper's plain-decimal and
 * ASCII-escaping settings still apply). The detail's records write themselves with these, without
 * Jackson's per-property reflection, its largest cost; names come pre-encoded ({@link JsonNames}),
 * and so do fiscal-year labels ({@link #label}), repeated hundreds of times in a detail.
 * {@code PlanDetailJsonTest} and {@code PlanDetailRowsTest} check the bytes are those data binding
 * writes.
 */
public final class JsonFields {

    /** Labels kept encoded, by whether non-ASCII is escaped; past this many, the rest are encoded each time. */
    private static final int LABELS_KEPT = 512;
    private static final Map<String, byte[]> ESCAPED_LABELS = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> PLAIN_LABELS = new ConcurrentHashMap<>();

    /** Something that writes itself as one JSON value. */
    public interface Writable {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonFields() {
    }

    public static void text(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    /**
     * Text from a small vocabulary (a fiscal year's label, 令和3年度): encoded once by a generator
     * of the same settings as {@code g}, then copied.
     */
    public static void label(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        ObjectCodec codec = g.getCodec();
        if (value == null || codec == null || g.getCharacterEscapes() != null) {
            g.writeString(value);
            return;
        }
        @SuppressWarnings("deprecation")
        boolean escaped = g.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        Map<String, byte[]> kept = escaped ? ESCAPED_LABELS : PLAIN_LABELS;
        byte[] bytes = kept.get(value);
        if (bytes == null) {
            bytes = encoded(codec, value, escaped);
            if (kept.size() < LABELS_KEPT) {
                kept.put(value, bytes);
            }
        }
        g.writeRawUTF8String(bytes, 0, bytes.length);
    }

    /** The text as a generator writes it, without its quotes. */
    @SuppressWarnings("deprecation")
    private static byte[] encoded(ObjectCodec codec, String value, boolean escapeNonAscii) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(64);
        try (JsonGenerator one = codec.getFactory().createGenerator(out)) {
            one.configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, escapeNonAscii);
            one.writeString(value);
        }
        byte[] quoted = out.toByteArray();
        return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
    }

    public static void id(JsonGenerator g, SerializableString name, UUID value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }

    public static void constant(JsonGenerator g, SerializableString name, Enum<?> value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.name());
        }
    }

    public static void number(JsonGenerator g, SerializableString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    public static void number(JsonGenerator g, SerializableString name, Integer value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.intValue());
        }
    }

    public static void number(JsonGenerator g, SerializableString name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    public static void bool(JsonGenerator g, SerializableString name, boolean value) throws IOException {
        g.writeFieldName(name);
        g.writeBoolean(value);
    }

    public static void bool(JsonGenerator g, SerializableString name, Boolean value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeBoolean(value);
        }
    }

    public static void object(JsonGenerator g, SerializableString name, Writable value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            value.write(g);
        }
    }

    public static void texts(JsonGenerator g, SerializableString name, List<String> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    public static void numbers(JsonGenerator g, SerializableString name, List<Integer> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (Integer v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeNumber(v.intValue());
            }
        }
        g.writeEndArray();
    }

    /** A list of records that write themselves; a null list as {@code null}. */
    public static void objects(JsonGenerator g, SerializableString name, List<? extends Writable> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (Writable v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                v.write(g);
            }
        }
        g.writeEndArray();
    }
}
