package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as callers read and write it. Out: figures as plain decimals (4600, 37.5), never
 * 4.6E+3. In: a value must have the type the contract gives it — no number read as text,
 * no "2021" or 2021.5 read as a year, no 1 read as true, no "" read as absent, no "PILLAR " read as PILLAR — and nothing
 * may follow the document.
 */
@Singleton
public class JsonConfiguration implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
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
