package jp.industryplans.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * 問合せ条件の検査 — the query string of a request must be one the contract describes for its
 * operation: no parameter the operation does not have (a misspelt filter such as
 * {@code municipalty=131067} would otherwise be ignored and answer every plan), none given twice,
 * none longer than its {@code maxLength}, and none empty unless it is free text ({@code ?municipality=}
 * is no code). Each parameter's own form (a fiscal year, a code, a UUID, a page number) is checked
 * where it is read. The rules come from the committed contract itself, so they cannot drift from it.
 */
@Singleton
public class QueryContract {

    /** What the contract says of one query parameter. */
    record Rule(int maxLength, boolean freeText) {
    }

    /** Query parameters of each operation, by operationId. */
    private final Map<String, Map<String, Rule>> parameters;
    private final Map<Method, Map<String, Rule>> byMethod = new ConcurrentHashMap<>();

    /**
     * The JSON form of the committed contract that Quarkus writes into the jar at build time
     * (SmallRye OpenAPI, reading {@code META-INF/openapi.yaml} alone: annotation scanning is off).
     */
    static final String GENERATED_JSON = "META-INF/quarkus-generated-openapi-doc.JSON";

    QueryContract() {
        this.parameters = read(contract());
    }

    /**
     * The committed contract as a tree, read at start-up (起動時). Read from its JSON form when the
     * build packaged one: the same document, and about ten times cheaper to parse than the YAML
     * (SnakeYAML's parse of the 170 KB contract was the largest single item of this application's
     * own start-up). Without it (a class path without the Quarkus build), the YAML itself.
     */
    static JsonNode contract() {
        try (InputStream json = Thread.currentThread().getContextClassLoader().getResourceAsStream(GENERATED_JSON)) {
            if (json != null) {
                JsonNode tree = new ObjectMapper().readTree(json);
                if (tree.path("paths").size() > 0) {
                    return tree;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return committedYaml();
    }

    /** The committed YAML contract ({@code META-INF/openapi.yaml}) as a tree. */
    static JsonNode committedYaml() {
        try {
            return new YAMLMapper().readTree(ContractDocument.committed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Rule> allowed = byMethod.computeIfAbsent(method, m -> {
            Operation op = m.getAnnotation(Operation.class);
            return op == null ? Map.of() : parameters.getOrDefault(op.operationId(), Map.of());
        });
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> given : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = given.getKey();
            Rule rule = allowed.get(name);
            if (rule == null) {
                errors.add(new FieldError(name, allowed.isEmpty() ? "is not a parameter of this operation, which takes none"
                        : "is not a parameter of this operation (it takes " + String.join(", ", allowed.keySet()) + ")"));
            } else if (given.getValue().size() > 1) {
                errors.add(new FieldError(name, "is given " + given.getValue().size() + " times; give it once"));
            } else if (rule.maxLength() >= 0 && length(given.getValue().get(0)) > rule.maxLength()) {
                errors.add(new FieldError(name, "must be at most " + rule.maxLength() + " characters long"));
            } else if (!rule.freeText() && given.getValue().get(0).isEmpty()) {
                errors.add(new FieldError(name, "must not be empty: leave it out to have no filter"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    static Map<String, Map<String, Rule>> read(JsonNode contract) {
        Map<String, Map<String, Rule>> result = new HashMap<>();
        for (Iterator<JsonNode> paths = contract.path("paths").elements(); paths.hasNext(); ) {
            JsonNode path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().has("operationId")) {
                    continue;
                }
                Map<String, Rule> query = new LinkedHashMap<>();
                List<JsonNode> declared = new ArrayList<>();
                path.path("parameters").forEach(declared::add);
                op.getValue().path("parameters").forEach(declared::add);
                for (JsonNode p : declared) {
                    JsonNode param = resolve(contract, p);
                    if ("query".equals(param.path("in").asText())) {
                        JsonNode schema = resolve(contract, param.path("schema"));
                        boolean freeText = "string".equals(schema.path("type").asText()) && !schema.has("pattern")
                                && !schema.has("format") && !schema.has("enum");
                        query.put(param.path("name").asText(), new Rule(schema.path("maxLength").asInt(-1), freeText));
                    }
                }
                result.put(op.getValue().path("operationId").asText(), query);
            }
        }
        return result;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        String ref = node.path("$ref").asText(null);
        if (ref == null || !ref.startsWith("#/")) {
            return node;
        }
        return contract.at(ref.substring(1));
    }
}
