package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.HashSet;
import java.util.Set;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as callers read and write it. Out: figures as plain decimals (4600, 37.5), never
 * 4.6E+3, and text in ASCII (Japanese as {@code \\uXXXX} escapes). In: a value must have the type the contract gives it — no number read as text,
 * no "2021" or 2021.5 read as a year, no 1 read as true, no "" read as absent, no "PILLAR " or 0
 * read as PILLAR, no figure a {@code numeric(20, 4)} column cannot hold ({@link DecimalBounds}) —
 * and nothing may follow the document.
 */
@Singleton
public class JsonConfiguration implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // Every character beyond ASCII as a \\uXXXX escape: openapi-generator's Java native client
        // turns bodies into text with the platform charset (MS932 on Japanese Windows) before it
        // parses them, and escaped JSON survives any ASCII-compatible decoding. It costs bytes, not
        // meaning: parsed, the text is the same.
        mapper.getFactory().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // A merge patch is read as a tree first: its figures stay decimals as written, never
        // doubles (1E-2147483647 would become 0 and pass the column's bounds).
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // …and as written: 1.50000 keeps its five decimals (and is refused, as in a PUT), 5.0 stays 5.0.
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("exact-enums").setDeserializerModifier(new ExactEnums()));
        mapper.registerModule(new SimpleModule("bounded-figures").addDeserializer(BigDecimal.class, new BoundedFigure())
                .addDeserializer(UUID.class, new ExactUuid()));
    }

    /** An id is a UUID in its one written form: Jackson's own reader trims spaces and takes other shapes. */
    static final class ExactUuid extends StdScalarDeserializer<UUID> {
        ExactUuid() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (UUID) context.handleUnexpectedToken(UUID.class, p);
            }
            String text = p.getText();
            if (!Ids.UUID_FORM.matcher(text).matches()) {
                throw new JsonProblems.RuleBroken(p, "must be a UUID (8-4-4-4-12 hexadecimal digits)", UUID.class);
            }
            return UUID.fromString(text);
        }
    }

    /** A figure must fit its column: checked while reading, so that no larger number ever reaches a write. */
    static final class BoundedFigure extends StdScalarDeserializer<BigDecimal> {
        BoundedFigure() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, context);
            if (!DecimalBounds.fits(value)) {
                throw new JsonProblems.RuleBroken(p, DecimalBounds.MESSAGE, BigDecimal.class);
            }
            return value;
        }
    }

    /** An enum value must be one of its names exactly: Jackson would otherwise accept "PILLAR ". */
    static final class ExactEnums extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription description, JsonDeserializer<?> standard) {
            Set<String> names = new HashSet<>();
            for (Object constant : type.getRawClass().getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return new ExactEnum(standard, names, type.getRawClass());
        }
    }

    static final class ExactEnum extends JsonDeserializer<Object> {
        private final JsonDeserializer<?> standard;
        private final Set<String> names;
        private final Class<?> type;

        ExactEnum(JsonDeserializer<?> standard, Set<String> names, Class<?> type) {
            this.standard = standard;
            this.names = names;
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && !names.contains(p.getText())) {
                return context.handleWeirdStringValue(type, p.getText(), "not one of %s", names);
            }
            return standard.deserialize(p, context);
        }
    }
}
