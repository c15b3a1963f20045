package jp.industryplans.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parts of {@code openapi/openapi.yaml} the campaign generates requests from. */
final class Contract {

    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One operation of the contract. */
    record Operation(String method, String path, String operationId, List<JsonNode> parameters,
                     Map<String, JsonNode> bodyTypes, boolean secured, Set<String> statuses) {

        boolean isWrite() {
            return !method.equals("GET");
        }

        List<JsonNode> parameters(String in) {
            return parameters.stream().filter(p -> p.path("in").asText().equals(in)).toList();
        }
    }

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    Contract(Path file) {
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(p -> shared.add(resolve(p)));
            for (String m : METHODS) {
                JsonNode op = path.getValue().get(m);
                if (op == null) {
                    continue;
                }
                List<JsonNode> params = new ArrayList<>(shared);
                op.path("parameters").forEach(p -> params.add(resolve(p)));
                Map<String, JsonNode> body = new LinkedHashMap<>();
                op.path("requestBody").path("content").fields()
                        .forEachRemaining(e -> body.put(e.getKey(), e.getValue().path("schema")));
                Set<String> statuses = new LinkedHashSet<>();
                op.path("responses").fieldNames().forEachRemaining(statuses::add);
                operations.add(new Operation(m.toUpperCase(), path.getKey(), op.path("operationId").asText(),
                        params, body, op.has("security"), statuses));
            }
        }
    }

    List<Operation> operations() {
        return operations;
    }

    Set<String> paths() {
        Set<String> paths = new LinkedHashSet<>();
        root.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    /** Follows {@code $ref}s (local ones only, which is all the contract has). */
    JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /** The name a {@code $ref} schema points at, e.g. PlanInput. */
    static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The JSON types a schema allows: string, integer, number, boolean, array, object, null. */
    Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        schema = resolve(schema);
        if (schema == null || schema.isMissingNode()) {
            return types;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String combiner : List.of("anyOf", "oneOf")) {
            schema.path(combiner).forEach(s -> types.addAll(types(s)));
        }
        if (types.contains("integer")) {
            // An integer is a number too only in the other direction; nothing to add.
        }
        return types;
    }

    /** The object schema inside a property (through anyOf/$ref), or null if there is none. */
    JsonNode objectSchema(JsonNode schema) {
        schema = resolve(schema);
        if (schema == null) {
            return null;
        }
        if (schema.has("properties")) {
            return schema;
        }
        for (String combiner : List.of("anyOf", "oneOf")) {
            for (JsonNode s : schema.path(combiner)) {
                JsonNode o = objectSchema(s);
                if (o != null) {
                    return o;
                }
            }
        }
        return null;
    }

    /** The item schema of an array property, or null. */
    JsonNode itemSchema(JsonNode schema) {
        schema = resolve(schema);
        return schema != null && schema.has("items") ? resolve(schema.get("items")) : null;
    }

    /** Does a concrete path (e.g. /api/v1/indicators/values) match the template? */
    static boolean matches(String template, String concrete) {
        String[] t = template.split("/");
        String[] c = concrete.split("/");
        if (t.length != c.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!(t[i].startsWith("{") || t[i].equals(c[i]))) {
                return false;
            }
        }
        return true;
    }
}
