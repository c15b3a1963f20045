package jp.industryplans.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 部分更新 — JSON Merge Patch (RFC 7396, {@code application/merge-patch+json}): a member
 * replaces the stored one, {@code null} removes it, objects merge recursively, arrays are
 * replaced whole. The result must be a valid input for the record, as a PUT body would.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /**
     * Applies {@code patch} to the current representation and reads the result as the
     * record's input type, validated.
     *
     * @param current the record as a GET shows it (fields the input does not have are ignored)
     */
    public static <I> I apply(ObjectMapper mapper, Validator validator, Object current, JsonNode patch,
                              Class<I> inputType) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.invalid("body", "a merge patch must be a JSON object");
        }
        Set<String> fields = inputFields(inputType);
        List<FieldError> unknown = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                unknown.add(new FieldError(name, "unknown property"));
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(unknown);
        }
        ObjectNode base = mapper.createObjectNode();
        JsonNode whole = mapper.valueToTree(current);
        for (String name : fields) {
            if (whole.has(name)) {
                base.set(name, whole.get(name));
            }
        }
        JsonNode merged = merge(base, patch);
        I input;
        try {
            input = mapper.readerFor(inputType).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(merged);
        } catch (java.io.IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
                throw new PatchReadException(jpe);
            }
            throw new java.io.UncheckedIOException(e);
        }
        Set<ConstraintViolation<I>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    /** RFC 7396 §2. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> members = patch.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> m = members.next();
            if (m.getValue().isNull()) {
                result.remove(m.getKey());
            } else {
                result.set(m.getKey(), merge(result.get(m.getKey()), m.getValue()));
            }
        }
        return result;
    }

    private static Set<String> inputFields(Class<?> type) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (var c : type.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    /** A merged document that cannot be read as the input type; mapped like a bad JSON body. */
    public static final class PatchReadException extends RuntimeException {
        public PatchReadException(com.fasterxml.jackson.core.JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause, false, false);
        }

        public com.fasterxml.jackson.core.JsonProcessingException json() {
            return (com.fasterxml.jackson.core.JsonProcessingException) getCause();
        }
    }
}
