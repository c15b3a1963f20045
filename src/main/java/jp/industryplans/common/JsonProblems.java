package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 読めない本文 — a request body the JSON reader refused, told in the contract's words: which
 * field, what it must be (a string, an integer, one of the enum's names …) or where the text
 * stops being JSON. Never the reader's own message, which names Java classes, parser tokens and
 * feature flags that mean nothing to a caller.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The problem for a body that could not be read, or null when the failure is the service's own (writing). */
    static ApiException of(JsonProcessingException e) {
        if (whileWriting(e)) {
            return null;
        }
        if (e instanceof JsonMappingException m) {
            String field = pathOf(m);
            if (!field.isEmpty()) {
                return ApiException.invalid(field, fieldMessage(m));
            }
            return malformed(wholeBodyMessage(m));
        }
        if (e instanceof InputCoercionException coercion) {
            String field = pathOf(coercion.getProcessor());
            String message = outOfRange(coercion);
            return field.isEmpty() ? malformed("A number in the body " + message + ".")
                    : ApiException.invalid(field, message);
        }
        if (e instanceof StreamConstraintsException) {
            return malformed("The body exceeds a limit of the JSON reader: nesting deeper than 1000 levels, "
                    + "a number longer than 1000 digits or a text longer than 20 million characters.");
        }
        if (e instanceof JsonEOFException) {
            return malformed("The body ends before its JSON value is complete.");
        }
        return malformed("The body is not well-formed JSON" + at(e.getLocation()) + ".");
    }

    /** A value refused by one of our own reading rules, with the sentence to show for its field. */
    static final class RuleBroken extends MismatchedInputException {
        RuleBroken(JsonParser p, String message, Class<?> type) {
            super(p, message, type);
        }
    }

    private static String fieldMessage(JsonMappingException m) {
        if (m instanceof RuleBroken) {
            return m.getOriginalMessage();
        }
        if (m instanceof UnrecognizedPropertyException) {
            return "is not a property of this body";
        }
        if (m instanceof ValueInstantiationException) {
            return "has a value that is not allowed here";
        }
        if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return "must be " + expected(mi.getTargetType());
        }
        if (m.getCause() instanceof InputCoercionException coercion) {
            return outOfRange(coercion);
        }
        return "cannot be read";
    }

    private static String outOfRange(InputCoercionException e) {
        return "is too large or too small for " + expected(e.getTargetType());
    }

    private static String wholeBodyMessage(JsonMappingException m) {
        String original = String.valueOf(m.getOriginalMessage());
        if (original.startsWith("Trailing token")) {
            return "The body must hold exactly one JSON value, but something follows it.";
        }
        if (original.startsWith("No content to map")) {
            return "The body is empty; it must be a JSON value.";
        }
        if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return "The body must be " + expected(mi.getTargetType()) + ".";
        }
        return "The body cannot be read as this operation's input.";
    }

    /** What a value of this Java type is called in the contract. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the type the contract gives";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "an integer";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
                || type == Float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date in ISO 8601 form (YYYY-MM-DD)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || type == Object.class) {
            return type == Object.class ? "a JSON value" : "an object";
        }
        return "an object";
    }

    private static boolean whileWriting(JsonProcessingException e) {
        return e instanceof InvalidDefinitionException || e.getProcessor() instanceof JsonGenerator
                || e instanceof com.fasterxml.jackson.core.JsonGenerationException;
    }

    private static ApiException malformed(String detail) {
        return new ApiException(400, "malformed-json", "Malformed JSON", detail, null);
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** {@code plans[0].indicators[2].values[1].value}. */
    static String pathOf(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The same path read off the parser where it stopped (for failures Jackson raises without one). */
    private static String pathOf(Object processor) {
        if (!(processor instanceof JsonParser p)) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
