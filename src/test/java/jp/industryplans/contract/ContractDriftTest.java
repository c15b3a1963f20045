package jp.industryplans.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.industryplans.common.PageResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed contract and the code cannot drift apart: this scans the compiled code (JAX-RS
 * resources and the DTO records and enums named with {@code @Schema}) and compares it with
 * {@code openapi/openapi.yaml} — operations, operationIds, parameters, the roles each operation
 * needs ({@code @RolesAllowed} against {@code security}), schema properties and their types,
 * required fields, enum values and constraints (lengths, item counts, patterns, bounds, digits).
 * Renaming a DTO field or changing a limit in code alone fails here.
 */
class ContractDriftTest {

    private static JsonNode contract;
    private static List<Class<?>> classes;

    @BeforeAll
    static void load() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml"));
        File root = new File("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root.toPath().resolve("jp/industryplans"))) {
            classes = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.toPath().relativize(p).toString())
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .filter(n -> !n.contains("_"))
                    .map(ContractDriftTest::load)
                    .toList();
        }
    }

    @Test
    void everyOperationInCodeIsInTheContractAndBackAgain() {
        Map<String, String> inCode = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        for (Class<?> resource : classes) {
            Path base = resource.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : resource.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = (base.value() + (sub == null ? "" : sub.value())).replaceAll("/+$", "");
                String key = verb + " " + path;
                Operation op = m.getAnnotation(Operation.class);
                inCode.put(key, op == null ? "(no operationId)" : op.operationId());
                JsonNode operation = contract.path("paths").path(path).path(verb.toLowerCase());
                if (operation.isMissingNode()) {
                    faults.add(key + ": in the code, not in the contract");
                    continue;
                }
                if (op == null || !op.operationId().equals(operation.path("operationId").asText())) {
                    faults.add(key + ": operationId in code " + inCode.get(key) + ", in contract "
                            + operation.path("operationId").asText());
                }
                compareParameters(key, m, contract.path("paths").path(path), operation, faults);
                compareRoles(key, m, operation, faults);
            }
        }
        contract.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(verb -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(verb)
                    && !inCode.containsKey(verb.toUpperCase() + " " + p.getKey())) {
                faults.add(verb.toUpperCase() + " " + p.getKey() + ": in the contract, not in the code");
            }
        }));
        assertTrue(inCode.size() >= 20, "the scan found the resources: " + inCode.keySet());
        assertEquals(List.of(), faults);
    }

    @Test
    void everyDtoMatchesItsContractSchema() {
        List<String> faults = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : classes) {
            Schema schema = type.getAnnotation(Schema.class);
            if (schema == null || type == PageResult.class) {
                continue;
            }
            checked++;
            JsonNode declared = contract.path("components").path("schemas").path(schema.name());
            if (declared.isMissingNode()) {
                faults.add(schema.name() + " (" + type.getSimpleName() + "): not in the contract");
            } else if (type.isEnum()) {
                Set<String> codeValues = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> contractValues = new TreeSet<>();
                declared.path("enum").forEach(v -> contractValues.add(v.asText()));
                if (!codeValues.equals(contractValues)) {
                    faults.add(schema.name() + ": enum " + codeValues + " in code, " + contractValues + " in contract");
                }
            } else if (type.isRecord()) {
                compareRecord(schema.name(), type, declared, faults);
            }
        }
        // Every page schema in the contract has exactly the fields of PageResult.
        Set<String> pageFields = Arrays.stream(PageResult.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        contract.path("components").path("schemas").fields().forEachRemaining(e -> {
            if (e.getKey().endsWith("Page") && !fieldNames(e.getValue().path("properties")).equals(pageFields)) {
                faults.add(e.getKey() + ": properties " + fieldNames(e.getValue().path("properties"))
                        + " but PageResult has " + pageFields);
            }
        });
        assertTrue(checked >= 25, "the scan found the DTOs: " + checked);
        assertEquals(List.of(), faults);
    }

    private static void compareRecord(String name, Class<?> type, JsonNode declared, List<String> faults) {
        JsonNode properties = declared.path("properties");
        Set<String> inCode = new TreeSet<>();
        Set<String> requiredInCode = new TreeSet<>();
        // A record that Bean Validation checks (an input, or a part of one) has its limits compared
        // both ways; a pure answer (Problem) may state in the contract limits that code keeps otherwise.
        boolean validated = Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> hasConstraint(c.getAccessor().getAnnotatedReturnType()));
        for (RecordComponent c : type.getRecordComponents()) {
            inCode.add(c.getName());
            if (c.getAccessor().isAnnotationPresent(NotNull.class) || c.getAccessor().isAnnotationPresent(NotBlank.class)) {
                requiredInCode.add(c.getName());
            }
            JsonNode property = properties.path(c.getName());
            if (!property.isMissingNode()) {
                String problem = typeMismatch(c.getGenericType(), property);
                if (problem != null) {
                    faults.add(name + "." + c.getName() + ": " + problem);
                }
                if (validated) {
                    compareConstraints(name + "." + c.getName(), c.getAccessor().getAnnotatedReturnType(), property,
                            faults);
                }
            }
        }
        Set<String> inContract = fieldNames(properties);
        if (!inCode.equals(inContract)) {
            Set<String> onlyCode = new TreeSet<>(inCode);
            onlyCode.removeAll(inContract);
            Set<String> onlyContract = new TreeSet<>(inContract);
            onlyContract.removeAll(inCode);
            faults.add(name + ": fields only in code " + onlyCode + ", only in contract " + onlyContract);
        }
        boolean requestBody = name.endsWith("Input") || name.startsWith("Import") && !name.startsWith("ImportResult")
                && !name.startsWith("ImportCounts");
        if (requestBody || name.equals("Municipality")
                || name.equals("Source") || name.equals("ScaleLevel") || name.equals("Section") || name.equals("Note")) {
            Set<String> requiredInContract = new TreeSet<>();
            declared.path("required").forEach(r -> requiredInContract.add(r.asText()));
            if (!requiredInCode.equals(requiredInContract)) {
                faults.add(name + ": required " + requiredInCode + " in code (@NotNull/@NotBlank), "
                        + requiredInContract + " in contract");
            }
        }
    }

    /** @return why the Java type and the contract's property disagree, or null */
    private static String typeMismatch(Type javaType, JsonNode property) {
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        Set<String> types = contractTypes(property);
        String ref = ref(property);
        if (raw == String.class) {
            return types.contains("string") ? null : "String in code, " + types + " in contract";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            if (raw.isPrimitive() && types.contains("null")) {
                return "never null in code, nullable in contract";
            }
            return types.contains("integer") ? null : "integer in code, " + types + " in contract";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (raw.isPrimitive() && types.contains("null")) {
                return "never null in code, nullable in contract";
            }
            return types.contains("boolean") ? null : "boolean in code, " + types + " in contract";
        }
        if (raw == BigDecimal.class) {
            return types.contains("number") ? null : "number in code, " + types + " in contract";
        }
        if (raw == UUID.class) {
            return types.contains("string") && "uuid".equals(property.path("format").asText())
                    ? null : "UUID in code, not a string of format uuid in contract";
        }
        if (raw == java.time.OffsetDateTime.class) {
            return types.contains("string") && "date-time".equals(property.path("format").asText())
                    ? null : "OffsetDateTime in code, not a string of format date-time in contract";
        }
        if (raw == java.time.LocalDate.class) {
            return types.contains("string") && "date".equals(property.path("format").asText())
                    ? null : "LocalDate in code, not a string of format date in contract";
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            // Free-form JSON: an object in the contract (a stored record in the change log), or a
            // schema that allows any value at all (no type, no $ref, no combination), as a field's
            // value before and after in a release diff.
            boolean anyValue = !property.has("type") && !property.has("$ref") && !property.has("anyOf")
                    && !property.has("oneOf") && !property.has("allOf") && !property.has("enum")
                    && !property.has("const");
            return types.contains("object") || anyValue ? null : "JSON in code, " + types + " in contract";
        }
        if (List.class.isAssignableFrom(raw)) {
            if (!types.contains("array")) {
                return "list in code, " + types + " in contract";
            }
            Type item = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            String itemProblem = typeMismatch(item, property.path("items"));
            return itemProblem == null ? null : "items: " + itemProblem;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type value = ((ParameterizedType) javaType).getActualTypeArguments()[1];
            if (!types.contains("object")) {
                return "map in code, " + types + " in contract";
            }
            String valueProblem = typeMismatch(value, property.path("additionalProperties"));
            return valueProblem == null ? null : "map values: " + valueProblem;
        }
        Schema named = raw.getAnnotation(Schema.class);
        if (named != null) {
            return ("#/components/schemas/" + named.name()).equals(ref)
                    ? null : named.name() + " in code, " + ref + " in contract";
        }
        return "no rule to compare " + raw.getName();
    }

    private static Set<String> contractTypes(JsonNode property) {
        Set<String> types = new TreeSet<>();
        JsonNode type = property.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    /** The schema a property refers to, directly or as the non-null branch of an anyOf. */
    private static String ref(JsonNode property) {
        if (property.has("$ref")) {
            return property.get("$ref").asText();
        }
        for (JsonNode branch : property.path("anyOf")) {
            if (branch.has("$ref")) {
                return branch.get("$ref").asText();
            }
        }
        return null;
    }

    private static void compareParameters(String key, Method m, JsonNode pathItem, JsonNode operation,
                                          List<String> faults) {
        Set<String> codeQuery = new TreeSet<>();
        Set<String> codePath = new TreeSet<>();
        for (Parameter p : m.getParameters()) {
            RestQuery q = p.getAnnotation(RestQuery.class);
            RestPath r = p.getAnnotation(RestPath.class);
            if (q != null) {
                codeQuery.add(q.value().isEmpty() ? p.getName() : q.value());
            }
            if (r != null) {
                codePath.add(r.value().isEmpty() ? p.getName() : r.value());
            }
        }
        Set<String> contractQuery = new TreeSet<>();
        Set<String> contractPath = new TreeSet<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode resolved = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
                String in = resolved.path("in").asText();
                (in.equals("query") ? contractQuery : in.equals("path") ? contractPath : new TreeSet<String>())
                        .add(resolved.path("name").asText());
            }
        }
        if (!codeQuery.equals(contractQuery)) {
            faults.add(key + ": query parameters " + codeQuery + " in code, " + contractQuery + " in contract");
        }
        if (!codePath.equals(contractPath)) {
            faults.add(key + ": path parameters " + codePath + " in code, " + contractPath + " in contract");
        }
    }

    /**
     * The roles in {@code @RolesAllowed} (on the method, else the class) are the scopes of the
     * operation's {@code security}; an operation without them has no {@code security}.
     */
    private static void compareRoles(String key, Method m, JsonNode operation, List<String> faults) {
        RolesAllowed allowed = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                : m.getDeclaringClass().getAnnotation(RolesAllowed.class);
        Set<String> inCode = allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value()));
        Set<String> inContract = new TreeSet<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> inContract.add(r.asText())));
        }
        if (!inCode.equals(inContract)) {
            faults.add(key + ": roles " + inCode + " in code (@RolesAllowed), " + inContract + " in contract (security)");
        }
    }

    /**
     * Bean Validation constraints of a component (and of its list items) are the contract's:
     * {@code @Size} ↔ maxLength/minLength (maxItems/minItems for lists), {@code @NotBlank} ↔
     * minLength 1, {@code @Pattern} ↔
     * pattern (anchored), {@code @Min}/{@code @Max} ↔ minimum/maximum, {@code @Digits} ↔ the
     * extension {@code x-digits: {integer, fraction}} (JSON Schema has no exact form of it).
     */
    private static void compareConstraints(String at, AnnotatedType type, JsonNode property, List<String> faults) {
        Map<String, String> inCode = new TreeMap<>();
        boolean list = List.class.isAssignableFrom(rawClass(type.getType()));
        for (Annotation a : type.getAnnotations()) {
            if (a instanceof Size size) {
                if (size.max() != Integer.MAX_VALUE) {
                    inCode.put(list ? "maxItems" : "maxLength", String.valueOf(size.max()));
                }
                if (size.min() > 0) {
                    inCode.put(list ? "minItems" : "minLength", String.valueOf(size.min()));
                }
            } else if (a instanceof NotBlank && !list) {
                inCode.putIfAbsent("minLength", "1");
            } else if (a instanceof jakarta.validation.constraints.Pattern pattern) {
                inCode.put("pattern", "^" + pattern.regexp() + "$");
            } else if (a instanceof Min min) {
                inCode.put("minimum", String.valueOf(min.value()));
            } else if (a instanceof Max max) {
                inCode.put("maximum", String.valueOf(max.value()));
            } else if (a instanceof Digits digits) {
                inCode.put("x-digits", "{integer=" + digits.integer() + ", fraction=" + digits.fraction() + "}");
            }
        }
        Map<String, String> inContract = new TreeMap<>();
        for (String keyword : List.of("maxLength", "minLength", "maxItems", "minItems", "pattern", "minimum",
                "maximum", "multipleOf")) {
            JsonNode v = property.path(keyword);
            if (!v.isMissingNode()) {
                inContract.put(keyword, v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText());
            }
        }
        JsonNode digits = property.path("x-digits");
        if (!digits.isMissingNode()) {
            inContract.put("x-digits", "{integer=" + digits.path("integer").asText() + ", fraction="
                    + digits.path("fraction").asText() + "}");
        }
        inCode.replaceAll((k, v) -> k.equals("pattern") || k.equals("x-digits") ? v
                : new BigDecimal(v).stripTrailingZeros().toPlainString());
        if (!inCode.equals(inContract)) {
            faults.add(at + ": constraints " + inCode + " in code, " + inContract + " in contract");
        }
        if (list && type instanceof AnnotatedParameterizedType p && property.has("items")) {
            compareConstraints(at + "[]", p.getAnnotatedActualTypeArguments()[0], property.path("items"), faults);
        }
    }

    private static boolean hasConstraint(AnnotatedType type) {
        for (Annotation a : type.getAnnotations()) {
            if (a.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
                return true;
            }
        }
        return type instanceof AnnotatedParameterizedType p
                && Arrays.stream(p.getAnnotatedActualTypeArguments()).anyMatch(ContractDriftTest::hasConstraint);
    }

    private static Class<?> rawClass(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : t instanceof Class<?> c ? c : Object.class;
    }

    private static JsonNode resolve(String ref) {
        JsonNode node = contract;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        if (m.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return null;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ContractDriftTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
