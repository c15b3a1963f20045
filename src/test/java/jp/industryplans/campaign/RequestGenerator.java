package jp.industryplans.campaign;

import static jp.industryplans.campaign.CampaignRequest.Expect.ANY;
import static jp.industryplans.campaign.CampaignRequest.Expect.REJECT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import jp.industryplans.campaign.Contract.Operation;

/** Turns the contract and the run's fixture records into hostile requests, category by category. */
final class RequestGenerator {

    /** The records the requests point at, and valid bodies to mutate. */
    record Fixtures(String planId, String initiativeId, String indicatorId, String evaluationId,
                    String seededPlanId, String themeKey, String municipalityCode,
                    Map<String, ObjectNode> postBodies, Map<String, ObjectNode> putBodies) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "application/json";
    private static final String PATCH_TYPE = "application/merge-patch+json";

    private final Contract contract;
    private final Fixtures fx;
    private final Random random;
    private final List<CampaignRequest> out = new ArrayList<>();
    /** The operation whose requests are being generated: every request added is tagged with it. */
    private String currentOperation;

    RequestGenerator(Contract contract, Fixtures fixtures, long seed) {
        this.contract = contract;
        this.fx = fixtures;
        this.random = new Random(seed);
    }

    /** At most this many requests of one category for one operation, sampled with the run's seed. */
    static final int CAP = 12;

    /** Every request of the first phase: each must leave the stored data as it was. */
    List<CampaignRequest> mustNotWrite() {
        for (Operation op : contract.operations()) {
            currentOperation = op.operationId();
            queryParameters(op);
            unknownParameters(op);
            pathParameters(op);
            if (op.method().equals("GET")) {
                wrongAccept(op);
                hostHeader(op);
            }
            malformedAccept(op);
            for (Map.Entry<String, JsonNode> body : op.bodyTypes().entrySet()) {
                if (body.getKey().equals("text/csv")) {
                    csv(op);
                    continue;
                }
                JsonNode schema = body.getValue();
                String name = Contract.refName(schema);
                if (op.method().equals("PATCH")) {
                    mergePatch(op, name.replace("Patch", "Input"));
                } else {
                    jsonBody(op, name, body.getKey());
                }
                contentTypes(op, body.getKey());
                malformedJson(op, body.getKey());
            }
            if (Set.of("PUT", "PATCH", "DELETE").contains(op.method())) {
                badIfMatch(op);
            }
            if (op.secured()) {
                auth(op);
                hostileTokens(op);
            }
            if (op.path().contains("{fiscalYear}") && op.method().equals("PUT")) {
                preconditionOrder(op);
            }
        }
        currentOperation = "(no operation)";
        wrongMethods();
        // A request line longer than any server takes, sent every time rather than when the sample
        // happens to draw it. Vert.x refuses it in its HTTP codec (414, or 431 with the client's
        // upgrade headers) before any handler of the service runs, with no body, and Quarkus offers no
        // hook to answer it otherwise (quarkusio/quarkus#55082): it must be refused and store nothing.
        CampaignRequest tooLong = new CampaignRequest("long-string", "request line > 8 KiB", "GET",
                "/api/v1/plans?q=" + "a".repeat(8_200)).statuses(414, 431);
        tooLong.viaHttpClient = true;
        tooLong.refusedBeforeTheService = true;
        tooLong.essential = true;
        add(tooLong);
        generated = coverage(out);
        return capPerOperationAndCategory(out, CAP);
    }

    /** operationId → the categories generated for it (before sampling). */
    private Map<String, Set<String>> generated = Map.of();

    Map<String, Set<String>> generated() {
        return generated;
    }

    private static Map<String, Set<String>> coverage(List<CampaignRequest> requests) {
        Map<String, Set<String>> byOperation = new java.util.TreeMap<>();
        for (CampaignRequest r : requests) {
            byOperation.computeIfAbsent(r.operation, k -> new java.util.TreeSet<>()).add(r.category);
        }
        return byOperation;
    }

    /**
     * The categories every operation must be attacked with, read off the contract alone (not off
     * what the generator happened to produce): the test compares the two.
     */
    Map<String, Set<String>> applicable() {
        Map<String, Set<String>> result = new java.util.TreeMap<>();
        for (Operation op : contract.operations()) {
            Set<String> c = new java.util.TreeSet<>(List.of("malformed-accept", "unknown-parameter"));
            if (op.method().equals("GET")) {
                c.add("wrong-accept");
            }
            if (!op.parameters("query").isEmpty()) {
                c.add("repeated-parameter");
            }
            for (JsonNode p : op.parameters("query")) {
                if (Set.of("page", "size", "limit", "after").contains(p.path("name").asText())) {
                    c.add("paging");
                }
            }
            for (JsonNode p : op.parameters("path")) {
                switch (p.path("name").asText()) {
                    case "id" -> c.add("malformed-uuid");
                    case "fiscalYear" -> c.add("bad-era-year");
                    case "code" -> c.add("municipality-code");
                    case "kind" -> c.add("bad-enum");
                    default -> {
                    }
                }
            }
            for (Map.Entry<String, JsonNode> body : op.bodyTypes().entrySet()) {
                if (body.getKey().equals("text/csv")) {
                    c.addAll(List.of("csv", "numeric-extremes", "wrong-content-type", "invalid-utf8"));
                    continue;
                }
                c.addAll(List.of("malformed-json", "wrong-content-type", "invalid-utf8", "lone-surrogate"));
                JsonNode schema = contract.schema(Contract.refName(body.getValue()));
                if (op.method().equals("PATCH")) {
                    c.add("merge-patch");  // wrong types and unknown members of a patch are sent under this name
                } else {
                    c.addAll(List.of("wrong-type", "extra-field"));
                    if (schema.path("required").size() > 0) {
                        c.add("missing-required");
                    }
                }
                if (hasType(schema, Set.of("number", "integer"), 0)) {
                    c.add("numeric-extremes");
                }
                if (hasEnum(schema, 0)) {
                    c.add("enum-as-number");
                }
            }
            if (op.secured()) {
                c.addAll(List.of("missing-or-garbled-auth", "hostile-token"));
            }
            if (Set.of("PUT", "PATCH", "DELETE").contains(op.method())) {
                c.add("bad-if-match");
            }
            result.put(op.operationId(), c);
        }
        return result;
    }

    private boolean hasType(JsonNode schema, Set<String> wanted, int depth) {
        if (depth > 6) {
            return false;
        }
        for (Iterator<JsonNode> it = schema.path("properties").elements(); it.hasNext(); ) {
            JsonNode ps = contract.resolve(it.next());
            if (contract.types(ps).stream().anyMatch(wanted::contains)) {
                return true;
            }
            JsonNode nested = contract.itemSchema(ps) != null ? contract.objectSchema(contract.itemSchema(ps)) : contract.objectSchema(ps);
            if (nested != null && hasType(nested, wanted, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasEnum(JsonNode schema, int depth) {
        if (depth > 6) {
            return false;
        }
        for (Iterator<JsonNode> it = schema.path("properties").elements(); it.hasNext(); ) {
            JsonNode ps = contract.resolve(it.next());
            if (ps.has("enum")) {
                return true;
            }
            JsonNode nested = contract.itemSchema(ps) != null ? contract.objectSchema(contract.itemSchema(ps)) : contract.objectSchema(ps);
            if (nested != null && hasEnum(nested, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private void add(CampaignRequest r) {
        if (r.operation == null) {
            r.operation = currentOperation;
        }
        out.add(r);
    }

    /** Writes of hostile but contract-valid text into free-text fields of the fixtures: may be stored, verbatim. */
    List<CampaignRequest> freeText() {
        out.clear();
        for (Operation op : contract.operations()) {
            if (!op.method().equals("PUT") || !op.bodyTypes().containsKey(JSON_TYPE)) {
                continue;
            }
            currentOperation = op.operationId();
            String input = Contract.refName(op.bodyTypes().get(JSON_TYPE));
            JsonNode schema = contract.schema(input);
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                JsonNode ps = contract.resolve(p.getValue());
                if (!contract.types(ps).contains("string") || constrained(ps) || p.getKey().equals("key")) {
                    continue;
                }
                int max = ps.path("maxLength").asInt(Integer.MAX_VALUE);
                List<String> values = new ArrayList<>();
                values.addAll(sample(Mutations.SQL_INJECTION, 4));
                values.addAll(sample(Mutations.HTML_INJECTION, 3));
                values.addAll(sample(Mutations.CONTROL, 4));
                values.addAll(sample(Mutations.FORMULAS, 3));
                if (max < 10_000) {
                    // As many characters as the field takes, each outside the BMP (two UTF-16 units).
                    values.add("😀".repeat(max));
                }
                for (String v : values) {
                    if (v.length() > max) {
                        continue;
                    }
                    ObjectNode body = fx.putBodies().get(input).deepCopy();
                    body.put(p.getKey(), v);
                    String category = Mutations.SQL_INJECTION.contains(v) ? "sql-injection (free text)"
                            : Mutations.HTML_INJECTION.contains(v) ? "html-injection (free text)"
                            : Mutations.FORMULAS.contains(v) ? "csv-formula (free text)"
                            : v.startsWith("😀") ? "characters at maxLength (free text)" : "control-chars (free text)";
                    CampaignRequest r = json(category, p.getKey(), op.method(), path(op), body, JSON_TYPE)
                            .expect(category.startsWith("characters") ? CampaignRequest.Expect.ACCEPT : ANY);
                    r.echoField = p.getKey();
                    r.sentText = v;
                    add(r);
                }
            }
        }
        return new ArrayList<>(out);
    }

    // ---------------------------------------------------------------- query and path parameters

    /**
     * Junk in each query parameter. The verdict comes from the parameter's contract: a value that
     * breaks its format, pattern, enum, integer range or maxLength must be a 400 naming the
     * parameter; a free-text parameter (q) may take odd text and answer 2xx.
     */
    private void queryParameters(Operation op) {
        for (JsonNode p : op.parameters("query")) {
            String name = p.path("name").asText();
            JsonNode schema = contract.resolve(p.path("schema"));
            boolean constrained = schema.has("format") || schema.has("pattern") || schema.has("enum")
                    || contract.types(schema).contains("integer") || name.equals("fiscalYear");
            int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
            List<String[]> values = new ArrayList<>();  // {category, encoded value, "reject" or "any"}
            if (Set.of("page", "size", "limit", "after").contains(name)) {
                for (String v : Mutations.PAGING_JUNK) {
                    // A cursor is text of up to 18 digits: 2147483648 is a fine one, so the verdict is the schema's.
                    values.add(new String[] {"paging", Mutations.pct(v), admits(schema, v) ? "any" : "reject"});
                }
                for (String v : List.of("1000001", "201", "1001", "10001", "100000000")) {
                    long max = schema.path("maximum").asLong(Long.MAX_VALUE);
                    if (Long.parseLong(v) > max) {
                        values.add(new String[] {"paging", v, "reject"});
                    }
                }
                if (schema.path("minimum").asLong(0) > 0) {
                    values.add(new String[] {"paging", "0", "reject"});
                }
            }
            if (name.equals("fiscalYear")) {
                sample(Mutations.BAD_ERA_YEARS, 16).forEach(v -> values.add(new String[] {"bad-era-year", Mutations.pct(v), "reject"}));
                Mutations.ODD_BUT_DOCUMENTED_YEARS.forEach(v -> values.add(new String[] {"bad-era-year", Mutations.pct(v), "any"}));
            }
            if (name.equals("municipality")) {
                sample(Mutations.wrongCheckDigits(List.of("13106", "13109", "13118", "13205")), 12)
                        .forEach(v -> values.add(new String[] {"municipality-code", v, "reject"}));
                Mutations.MALFORMED_CODES.forEach(v -> values.add(new String[] {"municipality-code", Mutations.pct(v), "reject"}));
            }
            if ("uuid".equals(schema.path("format").asText())) {
                sample(Mutations.MALFORMED_UUIDS, 8).forEach(v -> values.add(new String[] {"malformed-uuid", Mutations.pct(v), "reject"}));
            }
            if (name.equals("sort")) {
                Mutations.BAD_SORTS.forEach(v -> values.add(new String[] {"bad-sort", Mutations.pct(v), "reject"}));
            }
            String junk = constrained ? "reject" : "any";
            sample(Mutations.SQL_INJECTION, 3).forEach(v -> values.add(new String[] {"sql-injection", Mutations.pct(v), junk}));
            sample(Mutations.HTML_INJECTION, 2).forEach(v -> values.add(new String[] {"html-injection", Mutations.pct(v), junk}));
            sample(Mutations.PERCENT_CONTROL, 3).forEach(v -> values.add(new String[] {"control-chars", v, "reject"}));
            sample(Mutations.INVALID_UTF8_PERCENT, 3).forEach(v -> values.add(new String[] {"invalid-utf8", v, "reject"}));
            values.add(new String[] {"long-string", "a".repeat(1_000), maxLength < 1_000 || constrained ? "reject" : "any"});
            if (maxLength < 1_000) {
                values.add(new String[] {"long-string", Mutations.pct("長".repeat(maxLength + 1)), "reject"});
            }
            for (String[] v : values) {
                String uri = path(op) + "?" + name + "=" + v[1];
                CampaignRequest r = new CampaignRequest(v[0], "query " + name, op.method(), uri)
                        .expect(v[2].equals("reject") || op.isWrite() ? REJECT : ANY);
                if (v[2].equals("reject") && !v[0].equals("control-chars") && !v[0].equals("invalid-utf8")) {
                    r.field(name);
                }
                add(r);
            }
            // The same parameter twice: the contract gives each once.
            add(new CampaignRequest("repeated-parameter", "repeated " + name, op.method(),
                    path(op) + "?" + name + "=1&" + name + "=abc").field(name));
        }
    }

    /** A parameter the operation does not have: a misspelt filter must not be ignored. */
    private void unknownParameters(Operation op) {
        List<String> known = op.parameters("query").stream().map(p -> p.path("name").asText()).toList();
        for (String name : List.of("zzUnknown", "municipalty", "Municipality", "q[]", "__proto__", "page ")) {
            if (known.contains(name)) {
                continue;
            }
            add(new CampaignRequest("unknown-parameter", name, op.method(), path(op) + "?" + Mutations.pct(name) + "=1")
                    .field(name));
        }
    }

    private void pathParameters(Operation op) {
        boolean isWrite = op.isWrite();
        for (JsonNode p : op.parameters("path")) {
            String name = p.path("name").asText();
            List<String[]> values = new ArrayList<>();
            switch (name) {
                case "id" -> sample(Mutations.MALFORMED_UUIDS, isWrite ? 5 : 10)
                        .forEach(v -> values.add(new String[] {"malformed-uuid", Mutations.seg(v)}));
                case "fiscalYear" -> sample(Mutations.BAD_ERA_YEARS, isWrite ? 12 : 20)
                        .forEach(v -> values.add(new String[] {"bad-era-year", Mutations.seg(v)}));
                case "code" -> {
                    sample(Mutations.wrongCheckDigits(List.of("13106", "13101", "13118", "13120", "01100")), 20)
                            .forEach(v -> values.add(new String[] {"municipality-code", v}));
                    Mutations.MALFORMED_CODES.stream().filter(v -> !v.isBlank())
                            .forEach(v -> values.add(new String[] {"municipality-code", Mutations.seg(v)}));
                }
                case "kind" -> List.of("TARGETS", "0", "actual'--", "ACTUAL%00", "<b>", "目標")
                        .forEach(v -> values.add(new String[] {"bad-enum", Mutations.seg(v)}));
                default -> {
                }
            }
            sample(Mutations.SQL_INJECTION, 2).forEach(v -> values.add(new String[] {"sql-injection", Mutations.seg(v)}));
            sample(Mutations.HTML_INJECTION, 2).forEach(v -> values.add(new String[] {"html-injection", Mutations.seg(v)}));
            sample(Mutations.PERCENT_CONTROL, 2).forEach(v -> values.add(new String[] {"control-chars", v}));
            sample(Mutations.INVALID_UTF8_PERCENT, 2).forEach(v -> values.add(new String[] {"invalid-utf8", v}));
            values.add(new String[] {"long-string", "a".repeat(1_000)});
            for (String[] v : values) {
                String uri = path(op).replace(Mutations.seg(paramValue(op, name)), v[1]);
                uri = substitute(op.path(), Map.of(name, v[1]));
                CampaignRequest r = new CampaignRequest(v[0], "path " + name, op.method(), uri);
                if (v[0].equals("invalid-utf8") || v[0].equals("malformed-uuid")) {
                    r.expect(REJECT);  // no reading: bytes that are no text, an id that is no UUID
                }
                if (op.bodyTypes().containsKey(JSON_TYPE)) {
                    r.body(bytes(validBody(op)), JSON_TYPE);
                } else if (op.bodyTypes().containsKey(PATCH_TYPE)) {
                    r.body("{}".getBytes(StandardCharsets.UTF_8), PATCH_TYPE);
                }
                if (isWrite) {
                    // Nothing to read at a malformed address: a precondition that matches any version.
                    r.raw = true;
                    r.header("If-Match", "*");
                }
                add(r);
            }
        }
    }

    /** A media type the operation does not answer in: 406, as a problem. */
    private void wrongAccept(Operation op) {
        for (String accept : List.of("application/xml", "image/png")) {
            add(new CampaignRequest("wrong-accept", accept, "GET", path(op)).header("Accept", accept).statuses(406));
        }
    }

    /** An Accept header that is no media range at all: any answer but a 5xx, and errors as problems. */
    private void malformedAccept(Operation op) {
        for (String accept : Mutations.MALFORMED_ACCEPTS) {
            CampaignRequest r = new CampaignRequest("malformed-accept", "Accept: " + accept, op.method(), path(op))
                    .header("Accept", accept).expect(op.isWrite() ? REJECT : ANY);
            r.viaHttpClient = true;
            // A write is sent without its body or precondition, so that whatever the Accept header
            // does, it is refused and stores nothing (a bodiless success must not depend on Accept).
            r.raw = op.isWrite();
            add(r);
        }
    }

    /** An untrusted Host header must never become part of a link this service writes. */
    private void hostHeader(Operation op) {
        CampaignRequest r = new CampaignRequest("host-header", "Host: evil.example", "GET", path(op) + "?size=1")
                .header("Host", "evil.example").expect(ANY);
        if (op.parameters("query").stream().noneMatch(p -> p.path("name").asText().equals("size"))) {
            r = new CampaignRequest("host-header", "Host: evil.example", "GET", path(op))
                    .header("Host", "evil.example").expect(ANY);
        }
        r.mustNotEcho = "evil.example";
        add(r);
    }

    /** Correctly signed tokens whose claims have the wrong types: 401, never a 500 (ClassCastException). */
    private void hostileTokens(Operation op) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        changes.put("groups=5", Map.of("groups", 5));
        changes.put("groups={}", Map.of("groups", Map.of("plans-admin", true)));
        changes.put("groups=[1]", Map.of("groups", List.of(1)));
        changes.put("upn=42", Map.of("upn", 42));
        changes.put("sub=[]", Map.of("sub", List.of()));
        for (Map.Entry<String, Map<String, Object>> c : changes.entrySet()) {
            Map<String, Object> claims = jp.industryplans.TestTokens.claims("hostile@test", jp.industryplans.TestTokens.ADMIN);
            claims.putAll(c.getValue());
            CampaignRequest r = new CampaignRequest("hostile-token", c.getKey(), op.method(), path(op))
                    .header("Authorization", "Bearer " + jp.industryplans.TestTokens.sign(claims)).statuses(401);
            withValidBody(op, r);
            add(r);
        }
    }

    /** RFC 9110 §13.2.2: a stale If-Match fails first, even beside If-None-Match: *. */
    private void preconditionOrder(Operation op) {
        String fresh = substitute(op.path(), Map.of("fiscalYear", "2031"));
        CampaignRequest r = new CampaignRequest("bad-if-match", "stale If-Match with If-None-Match *", "PUT", fresh)
                .header("If-Match", "\"stale\"").header("If-None-Match", "*").statuses(412);
        r.raw = true;
        r.body(bytes(validBody(op)), JSON_TYPE);
        add(r);
    }

    private void withValidBody(Operation op, CampaignRequest r) {
        if (op.bodyTypes().containsKey(JSON_TYPE)) {
            r.body(bytes(validBody(op)), JSON_TYPE);
        } else if (op.bodyTypes().containsKey(PATCH_TYPE)) {
            r.body(utf8("{\"note\":\"x\"}"), PATCH_TYPE);
        } else if (op.bodyTypes().containsKey("text/csv")) {
            r.body(utf8("indicatorId,fiscalYear,kind,value,text,missingReason,note\n"), "text/csv");
        }
    }

    // ---------------------------------------------------------------- JSON bodies

    private void jsonBody(Operation op, String schemaName, String mediaType) {
        JsonNode schema = contract.schema(schemaName);
        if (schemaName.equals("ImportBundle")) {
            importBundle(op);
            return;
        }
        ObjectNode base = validBody(op);
        objectMutations(op, schema, base, "", node -> node, mediaType);
        // Missing required fields, one at a time and all at once.
        for (JsonNode req : schema.path("required")) {
            ObjectNode b = base.deepCopy();
            b.remove(req.asText());
            add(json("missing-required", req.asText(), op.method(), path(op), b, mediaType).field(req.asText()));
        }
        add(json("missing-required", "empty object", op.method(), path(op), F.objectNode(), mediaType));
        for (String extra : List.of("unknownField", "id", "createdAt", "__proto__", "Title", "title ", "values", "")) {
            if (schema.path("properties").has(extra)) {
                continue;
            }
            ObjectNode b = base.deepCopy();
            b.put(extra, "x");
            add(json("extra-field", "top-level " + extra, op.method(), path(op), b, mediaType)
                    .field(extra.isEmpty() ? null : extra));
        }
        // Whole-body type errors.
        for (JsonNode wrong : List.of(F.arrayNode().add(base), F.textNode("plan"), F.numberNode(1), F.booleanNode(true), F.nullNode())) {
            add(json("wrong-type", "body " + wrong.getNodeType(), op.method(), path(op), wrong, mediaType));
        }
    }

    /**
     * Mutations of each property of an object schema; {@code wrap} puts the mutated object back
     * into a whole valid body (for nested objects of a bulk import).
     */
    private void objectMutations(Operation op, JsonNode schema, ObjectNode base, String prefix,
                                 Function<ObjectNode, JsonNode> wrap, String mediaType) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = it.next();
            String field = prop.getKey();
            JsonNode ps = contract.resolve(prop.getValue());
            Set<String> types = contract.types(ps);
            for (JsonNode wrong : wrongTypeValues(types)) {
                add(json("wrong-type", prefix + field + "=" + wrong.getNodeType(), op.method(), path(op),
                        wrap.apply(with(base, field, wrong)), mediaType).field(prefix + field));
            }
            numberExtremes(op, ps, base, prefix, field, wrap, mediaType);
            if (ps.has("enum")) {
                for (JsonNode number : List.of(F.numberNode(0), F.numberNode(1), F.numberNode(-1))) {
                    add(json("enum-as-number", prefix + field + "=" + number, op.method(), path(op),
                            wrap.apply(with(base, field, number)), mediaType).field(prefix + field));
                }
            }
            if (types.contains("string") && !constrained(ps)) {
                for (String lone : List.of("\\ud800", "x\\udc00y", "\\ud83d\\u0041")) {
                    add(raw("lone-surrogate", prefix + field, op.method(), path(op),
                            wrap.apply(with(base, field, F.textNode("__RAW__"))), "\"" + lone + "\"", mediaType));
                }
            }
            if (types.contains("string")) {
                int max = ps.path("maxLength").asInt(-1);
                List<Integer> lengths = new ArrayList<>(List.of(10_000, 100_000));
                if (max > 0 && max < 10_000) {
                    lengths.add(0, max + 1);
                }
                if (random.nextInt(4) == 0) {
                    lengths.add(1_000_000);
                }
                if (max > 0 || constrained(ps)) {
                    for (int len : lengths) {
                        if (max < 0 || len > max) {
                            add(json("long-string", prefix + field + " x" + len, op.method(), path(op),
                                    wrap.apply(with(base, field, F.textNode(Mutations.longString(len)))), mediaType)
                                    .field(len < 20_000 ? prefix + field : null));
                        }
                    }
                    if (max > 0 && max < 10_000) {
                        // maxLength counts characters: one more emoji than it allows is one too many.
                        add(json("long-string", prefix + field + " " + (max + 1) + " emoji", op.method(), path(op),
                                wrap.apply(with(base, field, F.textNode("😀".repeat(max + 1)))), mediaType)
                                .field(prefix + field));
                    }
                }
                if (constrained(ps)) {
                    for (String v : sample(Mutations.SQL_INJECTION, 3)) {
                        add(json("sql-injection", prefix + field, op.method(), path(op),
                                wrap.apply(with(base, field, F.textNode(v))), mediaType).field(prefix + field));
                    }
                    for (String v : sample(Mutations.HTML_INJECTION, 2)) {
                        add(json("html-injection", prefix + field, op.method(), path(op),
                                wrap.apply(with(base, field, F.textNode(v))), mediaType).field(prefix + field));
                    }
                    for (String v : sample(Mutations.CONTROL, 3)) {
                        add(json("control-chars", prefix + field, op.method(), path(op),
                                wrap.apply(with(base, field, F.textNode(v))), mediaType));
                    }
                    add(json("control-chars", prefix + field + " + NUL", op.method(), path(op),
                            wrap.apply(with(base, field, F.textNode(base.path(field).asText("x") + "\u0000"))), mediaType));
                }
            }
            if (types.contains("integer") && (field.startsWith("period") || field.equals("fiscalYear"))) {
                for (JsonNode v : List.of(F.numberNode(-1), F.numberNode(0), F.numberNode(99999), F.numberNode(1925),
                        F.numberNode(2101), F.numberNode(2147483648L), F.textNode("令和3年度"), F.textNode("R3"),
                        F.textNode("２０２１"), F.numberNode(2021.5), F.numberNode(new java.math.BigInteger("1" + "0".repeat(40))))) {
                    add(json("bad-era-year", prefix + field + "=" + v, op.method(), path(op),
                            wrap.apply(with(base, field, v)), mediaType).field(prefix + field));
                }
            } else if (types.contains("integer")) {
                for (JsonNode v : List.of(F.numberNode(-1), F.numberNode(Long.MAX_VALUE), F.numberNode(1.5))) {
                    if (ps.has("minimum") && v.isIntegralNumber() && v.asLong() >= ps.path("minimum").asLong()
                            && (!ps.has("maximum") || v.asLong() <= ps.path("maximum").asLong())) {
                        continue;
                    }
                    add(json("wrong-type", prefix + field + "=" + v, op.method(), path(op),
                            wrap.apply(with(base, field, v)), mediaType).field(prefix + field));
                }
            }
            if (field.equals("municipalityCode") || field.equals("code")) {
                for (String c : sample(Mutations.wrongCheckDigits(List.of("13106", "13101", "13118", "13201")), 18)) {
                    add(json("municipality-code", prefix + field + "=" + c, op.method(), path(op),
                            wrap.apply(with(base, field, F.textNode(c))), mediaType).field(prefix + field));
                }
                for (String c : Mutations.MALFORMED_CODES) {
                    add(json("municipality-code", prefix + field + "=" + c, op.method(), path(op),
                            wrap.apply(with(base, field, F.textNode(c))), mediaType).field(prefix + field));
                }
            }
            if ("uuid".equals(ps.path("format").asText())) {
                for (String u : sample(Mutations.MALFORMED_UUIDS, 5)) {
                    add(json("malformed-uuid", prefix + field, op.method(), path(op),
                            wrap.apply(with(base, field, F.textNode(u))), mediaType).field(prefix + field));
                }
            }
            // Nested objects and arrays of objects: an unknown member inside, and hostile strings there.
            JsonNode nested = contract.objectSchema(ps);
            JsonNode items = contract.itemSchema(ps);
            if (items != null) {
                nested = contract.objectSchema(items);
            }
            if (nested != null && !prefix.contains(".")) {
                ObjectNode valid = minimalValid(nested);
                ObjectNode withExtra = valid.deepCopy();
                withExtra.put("zzUnknown", true);
                JsonNode value = items != null ? F.arrayNode().add(withExtra) : withExtra;
                add(json("extra-field", "nested " + prefix + field, op.method(), path(op),
                        wrap.apply(with(base, field, value)), mediaType));
                if (items != null) {
                    ArrayNode many = F.arrayNode();
                    for (int i = 0; i < 1001; i++) {
                        many.add(valid);
                    }
                    add(json("long-string", "array " + prefix + field + " x1001", op.method(), path(op),
                            wrap.apply(with(base, field, many)), mediaType));
                }
                for (Iterator<Map.Entry<String, JsonNode>> n = nested.path("properties").fields(); n.hasNext(); ) {
                    Map.Entry<String, JsonNode> np = n.next();
                    JsonNode nps = contract.resolve(np.getValue());
                    Set<String> nt = contract.types(nps);
                    for (JsonNode wrong : wrongTypeValues(nt)) {
                        if (random.nextInt(3) != 0) {
                            continue;
                        }
                        ObjectNode v = valid.deepCopy();
                        v.set(np.getKey(), wrong);
                        add(json("wrong-type", prefix + field + "." + np.getKey() + "=" + wrong.getNodeType(),
                                op.method(), path(op), wrap.apply(with(base, field, items != null ? F.arrayNode().add(v) : v)), mediaType));
                    }
                    if (nt.contains("string") && nps.has("maxLength")) {
                        ObjectNode v = valid.deepCopy();
                        v.put(np.getKey(), Mutations.longString(Math.max(nps.path("maxLength").asInt() + 1, 10_000)));
                        add(json("long-string", prefix + field + "." + np.getKey(), op.method(), path(op),
                                wrap.apply(with(base, field, items != null ? F.arrayNode().add(v) : v)), mediaType));
                    }
                    if (nps.has("enum")) {
                        ObjectNode v = valid.deepCopy();
                        v.put(np.getKey(), "' OR 1=1 --");
                        add(json("sql-injection", prefix + field + "." + np.getKey(), op.method(), path(op),
                                wrap.apply(with(base, field, items != null ? F.arrayNode().add(v) : v)), mediaType));
                    }
                }
            }
        }
    }

    private void importBundle(Operation op) {
        ObjectNode plan = F.objectNode();
        plan.put("key", "campaign-import-" + Integer.toHexString(random.nextInt()));
        plan.put("municipalityCode", fx.municipalityCode());
        plan.put("kind", "INDUSTRIAL_PROMOTION_PLAN");
        plan.put("title", "取込試験計画");
        plan.put("periodStart", 2024);
        plan.put("periodEnd", 2026);
        Function<ObjectNode, JsonNode> wrapPlan = p -> {
            ObjectNode b = F.objectNode();
            b.set("plans", F.arrayNode().add(p));
            return b;
        };
        objectMutations(op, contract.schema("ImportPlan"), plan, "plans[0].", wrapPlan, JSON_TYPE);
        for (JsonNode req : contract.schema("ImportPlan").path("required")) {
            ObjectNode p = plan.deepCopy();
            p.remove(req.asText());
            add(json("missing-required", "plans[0]." + req.asText(), "POST", path(op), wrapPlan.apply(p), JSON_TYPE));
        }
        ObjectNode p = plan.deepCopy();
        p.put("zzUnknown", 1);
        add(json("extra-field", "plans[0].zzUnknown", "POST", path(op), wrapPlan.apply(p), JSON_TYPE));
        ObjectNode b = (ObjectNode) wrapPlan.apply(plan);
        b.put("unknownTop", 1);
        add(json("extra-field", "top-level unknownTop", "POST", path(op), b, JSON_TYPE));
        // Municipalities and themes of the bundle.
        ObjectNode muni = F.objectNode();
        muni.put("name", "試験市");
        muni.put("kind", "CITY");
        muni.put("prefecture", "東京都");
        for (String c : sample(Mutations.wrongCheckDigits(List.of("13201", "13229")), 8)) {
            ObjectNode m = muni.deepCopy();
            m.put("code", c);
            ObjectNode bundle = F.objectNode();
            bundle.set("municipalities", F.arrayNode().add(m));
            add(json("municipality-code", "municipalities[0].code=" + c, "POST", path(op), bundle, JSON_TYPE));
        }
        for (String key : List.of("' OR 1=1 --", "<script>", "UPPER", "a".repeat(51), "x\u0000")) {
            ObjectNode theme = F.objectNode();
            theme.put("key", key);
            theme.put("labelJa", "試験");
            theme.put("labelEn", "Test");
            ObjectNode bundle = F.objectNode();
            bundle.set("themes", F.arrayNode().add(theme));
            add(json(key.startsWith("'") ? "sql-injection" : key.startsWith("<") ? "html-injection" : "long-string",
                    "themes[0].key", "POST", path(op), bundle, JSON_TYPE));
        }
        for (JsonNode wrong : List.of(F.arrayNode(), F.textNode("bundle"), F.numberNode(3))) {
            add(json("wrong-type", "body " + wrong.getNodeType(), "POST", path(op), wrong, JSON_TYPE));
        }
        ObjectNode wrongPlans = F.objectNode();
        wrongPlans.put("plans", "not an array");
        add(json("wrong-type", "plans=STRING", "POST", path(op), wrongPlans, JSON_TYPE));
    }

    private void mergePatch(Operation op, String inputName) {
        JsonNode input = contract.schema(inputName);
        String uri = path(op);
        for (String raw : List.of("[]", "[{\"title\":\"x\"}]", "42", "\"title\"", "true", "null", "{\"title\"}",
                "{\"unknownField\":1}", "{\"id\":\"" + fx.planId() + "\"}", "{\"values\":[]}", "{\"title\":{\"ja\":\"x\"}}")) {
            add(new CampaignRequest("merge-patch", raw, "PATCH", uri).body(utf8(raw), PATCH_TYPE));
        }
        for (JsonNode req : input.path("required")) {
            ObjectNode p = F.objectNode();
            p.putNull(req.asText());
            add(json("merge-patch", "null required " + req.asText(), "PATCH", uri, p, PATCH_TYPE));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = input.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = it.next();
            JsonNode ps = contract.resolve(prop.getValue());
            Set<String> types = contract.types(ps);
            numberExtremes(op, ps, F.objectNode(), "", prop.getKey(), o -> o, PATCH_TYPE);
            if (ps.has("enum")) {
                add(json("enum-as-number", prop.getKey() + "=0", "PATCH", uri, F.objectNode().put(prop.getKey(), 0),
                        PATCH_TYPE).field(prop.getKey()));
            }
            if (types.contains("string") && !constrained(ps)) {
                add(raw("lone-surrogate", prop.getKey(), "PATCH", uri, F.objectNode().put(prop.getKey(), "__RAW__"),
                        "\"\\ud800\"", PATCH_TYPE));
            }
            for (JsonNode wrong : wrongTypeValues(types)) {
                if (wrong.isNull()) {
                    continue;
                }
                ObjectNode p = F.objectNode();
                p.set(prop.getKey(), wrong);
                add(json("merge-patch", prop.getKey() + "=" + wrong.getNodeType(), "PATCH", uri, p, PATCH_TYPE));
            }
            if (types.contains("string") && (ps.has("maxLength") || constrained(ps))) {
                ObjectNode p = F.objectNode();
                p.put(prop.getKey(), Mutations.longString(Math.max(ps.path("maxLength").asInt(0) + 1, 20_001)));
                add(json("merge-patch", prop.getKey() + " too long", "PATCH", uri, p, PATCH_TYPE));
            }
            JsonNode nested = contract.objectSchema(ps);
            if (nested != null) {
                ObjectNode v = minimalValid(nested);
                v.put("zzUnknown", 1);
                ObjectNode p = F.objectNode();
                p.set(prop.getKey(), v);
                add(json("merge-patch", "nested unknown in " + prop.getKey(), "PATCH", uri, p, PATCH_TYPE));
            }
        }
        // A key cannot change after creation.
        ObjectNode key = F.objectNode();
        key.put("key", "campaign-renamed-key");
        add(json("merge-patch", "change key", "PATCH", uri, key, PATCH_TYPE));
        if (input.path("properties").has("periodStart")) {
            ObjectNode p = F.objectNode();
            p.put("periodStart", 2100);
            p.put("periodEnd", 1926);
            add(json("merge-patch", "periodEnd before periodStart", "PATCH", uri, p, PATCH_TYPE));
        }
    }

    // ---------------------------------------------------------------- transport-level faults

    private void contentTypes(Operation op, String mediaType) {
        byte[] body = bytes(op.method().equals("PATCH") ? F.objectNode() : validBody(op));
        List<String> types = new ArrayList<>(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "application/octet-stream", "text/csv"));
        types.add(mediaType.equals(PATCH_TYPE) ? JSON_TYPE : PATCH_TYPE);
        types.remove(mediaType);
        for (String type : types) {
            CampaignRequest r = new CampaignRequest("wrong-content-type", type, op.method(), path(op)).body(body, type).statuses(415);
            // rest-assured would try to encode a form body itself.
            r.viaHttpClient = type.startsWith("application/x-www-form");
            add(r);
        }
        CampaignRequest none = new CampaignRequest("wrong-content-type", "none", op.method(), path(op)).body(body, null);
        none.viaHttpClient = true;
        add(none);
        CampaignRequest garbage = new CampaignRequest("wrong-content-type", "garbage", op.method(), path(op)).body(body, "not a media type");
        garbage.viaHttpClient = true;
        add(garbage);
    }

    private void malformedJson(Operation op, String mediaType) {
        String valid = new String(bytes(op.method().equals("PATCH") ? patchBase(op) : validBody(op)), StandardCharsets.UTF_8);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("truncated", valid.substring(0, valid.length() / 2));
        bodies.put("trailing garbage", valid + "xyz");
        bodies.put("two documents", valid + valid);
        bodies.put("single quotes", valid.replace('"', '\''));
        bodies.put("comment", "/* c */" + valid);
        bodies.put("trailing comma", valid.substring(0, valid.length() - 1) + ",}");
        bodies.put("NaN", "{\"title\": NaN}");
        bodies.put("leading zero", "{\"periodStart\": 02024}");
        bodies.put("empty", "");
        bodies.put("whitespace", "   \n ");
        bodies.put("unescaped control char", valid.replaceFirst("\"", "\"\u0001"));
        bodies.put("nested 10k arrays", "[".repeat(10_000) + "]".repeat(10_000));
        bodies.put("nested 10k objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        bodies.put("nested 10k in a field", "{\"title\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        bodies.put("huge number", "{\"periodStart\": 1" + "0".repeat(5000) + "}");
        // RFC 8259 §8.1 lets a parser ignore one leading byte order mark, and this service does
        // (spreadsheet tools write one); a second one is content, and not JSON.
        bodies.put("two BOMs", "\ufeff\ufeff" + valid);
        for (Map.Entry<String, String> b : bodies.entrySet()) {
            if (b.getValue().equals(valid)) {
                continue;  // the mutation does not apply to this body (no quotes to replace, say)
            }
            add(new CampaignRequest("malformed-json", b.getKey(), op.method(), path(op)).body(utf8(b.getValue()), mediaType));
        }
        // Invalid UTF-8 inside a string of an otherwise valid body.
        int cut = valid.indexOf("\":\"");
        for (byte[] bad : Mutations.INVALID_UTF8_BYTES) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            if (cut > 0) {
                b.writeBytes(utf8(valid.substring(0, cut + 3)));
                b.writeBytes(bad);
                b.writeBytes(utf8(valid.substring(cut + 3)));
            } else {
                b.writeBytes(utf8("{\"title\":\""));
                b.writeBytes(bad);
                b.writeBytes(utf8("\"}"));
            }
            add(new CampaignRequest("invalid-utf8", "body bytes " + hex(bad), op.method(), path(op))
                    .body(b.toByteArray(), mediaType + "; charset=UTF-8"));
        }
    }

    private void csv(Operation op) {
        String header = "indicatorId,fiscalYear,kind,value,text,missingReason,note\n";
        String id = fx.indicatorId();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"malformed-uuid", header + "not-a-uuid,2024,TARGET,1,,,\n"});
        rows.add(new String[] {"csv", header + "00000000-0000-0000-0000-000000000000,2024,TARGET,1,,,\n"});
        for (String y : sample(Mutations.BAD_ERA_YEARS, 10)) {
            rows.add(new String[] {"bad-era-year", header + id + "," + csvCell(y) + ",TARGET,1,,,\n"});
        }
        rows.add(new String[] {"csv", header + id + ",2024,TARGETS,1,,,\n"});
        rows.add(new String[] {"csv", header + id + ",2024,TARGET,abc,,,\n"});
        rows.add(new String[] {"csv", header + id + ",2024,TARGET,1e999999,,,\n"});
        for (String number : Mutations.NUMBER_EXTREMES) {
            rows.add(new String[] {"numeric-extremes", header + id + ",2024,TARGET," + number + ",,,\n"});
        }
        rows.add(new String[] {"csv", header + id + ",2024,TARGET,,,NOT_A_REASON,\n"});
        rows.add(new String[] {"csv", "indicatorId,kind\n" + id + ",TARGET\n"});
        rows.add(new String[] {"csv", header + id + ",2024,TARGET,1,\"unterminated,,\n"});
        rows.add(new String[] {"csv", header + id + ",2024\n"});
        rows.add(new String[] {"csv", ""});
        rows.add(new String[] {"csv", header + id + ",2024,TARGET,1,,,\n" + id + ",2024,TARGET,2,,,\n"});
        rows.add(new String[] {"sql-injection", header + id + ",2024,TARGET,1,,,\n" + id + ",'; DROP TABLE indicator_value; --,TARGET,1,,,\n"});
        rows.add(new String[] {"html-injection", header + id + ",2024,<script>alert(1)</script>,1,,,\n"});
        rows.add(new String[] {"control-chars", header + id + ",2024\u0000,TARGET,1,,,\n"});
        rows.add(new String[] {"long-string", header + id + ",2024,TARGET,1," + Mutations.longString(100_000) + ",,\n"});
        for (String[] r : rows) {
            CampaignRequest request = new CampaignRequest(r[0], "csv upload", op.method(), path(op)).body(utf8(r[1]), "text/csv");
            if (r[0].equals("numeric-extremes")) {
                request.field("row 2, column value").essential = r[1].contains("1E+2147483647");
            }
            add(request);
        }
        for (byte[] bad : Mutations.INVALID_UTF8_BYTES) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(utf8(header + id + ",2024,TARGET,1,"));
            b.writeBytes(bad);
            b.writeBytes(utf8(",,\n"));
            add(new CampaignRequest("invalid-utf8", "csv bytes " + hex(bad), op.method(), path(op))
                    .body(b.toByteArray(), "text/csv; charset=UTF-8"));
        }
        for (String type : List.of(JSON_TYPE, "text/plain", "application/xml")) {
            add(new CampaignRequest("wrong-content-type", type, op.method(), path(op))
                    .body(utf8(header + id + ",2024,TARGET,1,,,\n"), type).statuses(415));
        }
    }

    private void badIfMatch(Operation op) {
        for (String tag : List.of("\"bogus\"", "bogus", "W/\"bogus\"", "\"\"", "\"a\", \"b\"", "\"" + "x".repeat(300) + "\"",
                "\"' OR 1=1 --\"", "\"<script>\"", "0", "\"" + fx.planId() + "\"")) {
            CampaignRequest r = new CampaignRequest("bad-if-match", tag, op.method(), path(op)).header("If-Match", tag);
            r.raw = true;
            if (op.bodyTypes().containsKey(JSON_TYPE)) {
                r.body(bytes(validBody(op)), JSON_TYPE);
            } else if (op.bodyTypes().containsKey(PATCH_TYPE)) {
                r.body(utf8("{\"title\":\"x\"}"), PATCH_TYPE);
            }
            add(r);
        }
        CampaignRequest none = new CampaignRequest("bad-if-match", "missing", op.method(), path(op)).statuses(428);
        none.raw = true;
        if (op.bodyTypes().containsKey(JSON_TYPE)) {
            none.body(bytes(validBody(op)), JSON_TYPE);
        } else if (op.bodyTypes().containsKey(PATCH_TYPE)) {
            none.body(utf8("{}"), PATCH_TYPE);
        }
        add(none);
        if (op.path().contains("{fiscalYear}") && op.method().equals("PUT")) {
            for (String tag : List.of("*", "\"x\"", "garbage")) {
                CampaignRequest r = new CampaignRequest("bad-if-match", "If-None-Match " + tag, "PUT", path(op))
                        .header("If-None-Match", tag).body(bytes(validBody(op)), JSON_TYPE);
                r.raw = true;
                add(r);
            }
        }
    }

    private void auth(Operation op) {
        String[] values = {null, "Bearer", "Bearer garbage", "Basic dXNlcjpwYXNz", "Bearer a.b.c", "bearer  "};
        for (String v : values) {
            CampaignRequest r = new CampaignRequest("missing-or-garbled-auth", v == null ? "anonymous" : v, op.method(), path(op))
                    .statuses(401);
            if (v == null) {
                r.anonymous = true;
            } else {
                r.header("Authorization", v);
            }
            if (op.bodyTypes().containsKey(JSON_TYPE)) {
                r.body(bytes(validBody(op)), JSON_TYPE);
            } else if (op.bodyTypes().containsKey(PATCH_TYPE)) {
                r.body(utf8("{\"title\":\"x\"}"), PATCH_TYPE);
            } else if (op.bodyTypes().containsKey("text/csv")) {
                r.body(utf8("indicatorId,fiscalYear,kind,value,text,missingReason,note\n"), "text/csv");
            }
            add(r);
        }
    }

    private void wrongMethods() {
        Set<String> paths = contract.paths();
        for (String template : paths) {
            Set<String> allowed = new java.util.HashSet<>();
            contract.operations().stream().filter(o -> o.path().equals(template)).forEach(o -> allowed.add(o.method()));
            String concrete = substitute(template, Map.of());
            for (String m : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (allowed.contains(m)) {
                    continue;
                }
                // Another template may serve this concrete path with this method (e.g. /indicators/values vs /indicators/{id}).
                boolean ambiguous = contract.operations().stream().anyMatch(o -> o.method().equals(m)
                        && !o.path().equals(template) && Contract.matches(o.path(), concrete));
                CampaignRequest r = new CampaignRequest("wrong-method", m + " " + template, m, concrete);
                // No read first (some of these paths have no GET); a tag that matches nothing.
                r.raw = true;
                if (!m.equals("GET") && !m.equals("POST")) {
                    r.header("If-Match", "\"campaign-no-such-version\"");
                }
                if (!ambiguous) {
                    r.statuses(405);
                }
                if (!m.equals("GET") && !m.equals("DELETE")) {
                    r.body(utf8("{}"), m.equals("PATCH") ? PATCH_TYPE : JSON_TYPE);
                }
                add(r);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Whether a query value is one the parameter's schema allows (its pattern, or its integer range). */
    private boolean admits(JsonNode schema, String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (schema.has("pattern")) {
            return java.util.regex.Pattern.compile(schema.path("pattern").asText()).matcher(value).find();
        }
        if (contract.types(schema).contains("integer")) {
            try {
                long n = Long.parseLong(value);
                return n >= schema.path("minimum").asLong(Long.MIN_VALUE) && n <= schema.path("maximum").asLong(Long.MAX_VALUE)
                        && value.matches("-?[0-9]+");
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * At most {@code max} requests per operation and category, sampled with the run's seed, in
     * generation order; essential requests are always kept.
     */
    private List<CampaignRequest> capPerOperationAndCategory(List<CampaignRequest> all, int max) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        java.util.TreeSet<Integer> keep = new java.util.TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
            CampaignRequest r = all.get(i);
            if (r.essential) {
                keep.add(i);
            } else {
                groups.computeIfAbsent(r.operation + "|" + r.category, k -> new ArrayList<>()).add(i);
            }
        }
        groups.values().forEach(indexes -> keep.addAll(sample(indexes, max)));
        List<CampaignRequest> kept = new ArrayList<>();
        keep.forEach(i -> kept.add(all.get(i)));
        return kept;
    }

    /**
     * Every number field, at any depth of the body (values inside a bundle's plans, indicators and
     * values too), set to numbers no column holds. 1E+2147483647 is sent for every field, whatever
     * the sampling keeps: it once stored 0 while the caller was told 400.
     */
    private void numberExtremes(Operation op, JsonNode ps, ObjectNode base, String prefix, String field,
                                Function<ObjectNode, JsonNode> wrap, String mediaType) {
        Set<String> types = contract.types(ps);
        if (types.contains("number") || types.contains("integer")) {
            for (String number : Mutations.NUMBER_EXTREMES) {
                CampaignRequest r = raw("numeric-extremes", prefix + field + "=" + number, op.method(), path(op),
                        wrap.apply(with(base, field, F.textNode("__RAW__"))), number, mediaType).field(prefix + field);
                r.essential = number.equals("1E+2147483647");
                add(r);
            }
            return;
        }
        if (prefix.chars().filter(c -> c == '.').count() >= 4) {
            return;
        }
        JsonNode items = contract.itemSchema(ps);
        JsonNode nested = items != null ? contract.objectSchema(items) : contract.objectSchema(ps);
        if (nested == null) {
            return;
        }
        ObjectNode inner = minimalValid(nested);
        String innerPrefix = prefix + field + (items != null ? "[0]." : ".");
        for (Iterator<Map.Entry<String, JsonNode>> it = nested.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> np = it.next();
            numberExtremes(op, contract.resolve(np.getValue()), inner, innerPrefix, np.getKey(),
                    o -> wrap.apply(with(base, field, items != null ? F.arrayNode().add(o) : o)), mediaType);
        }
    }

    /** A body whose placeholder string "__RAW__" is replaced by {@code rawJson} as written (a number, an escape). */
    private CampaignRequest raw(String category, String label, String method, String uri, JsonNode body, String rawJson,
                                String type) {
        String text = new String(bytes(body), StandardCharsets.UTF_8).replace("\"__RAW__\"", rawJson);
        return new CampaignRequest(category, label, method, uri).body(utf8(text), type);
    }

    private CampaignRequest json(String category, String label, String method, String uri, JsonNode body, String type) {
        return new CampaignRequest(category, label, method, uri).body(bytes(body), type);
    }

    /** Values of every JSON type the schema does not allow. */
    private List<JsonNode> wrongTypeValues(Set<String> types) {
        List<JsonNode> values = new ArrayList<>();
        if (types.isEmpty()) {
            return values;
        }
        if (!types.contains("string")) {
            values.add(F.textNode("text"));
        }
        if (!types.contains("number") && !types.contains("integer")) {
            values.add(F.numberNode(12345));
        }
        if (!types.contains("number") && types.contains("integer")) {
            values.add(F.numberNode(12.75));
        }
        if (!types.contains("boolean")) {
            values.add(F.booleanNode(true));
        }
        if (!types.contains("array")) {
            values.add(F.arrayNode().add("x"));
        }
        if (!types.contains("object")) {
            values.add(F.objectNode().put("a", 1));
        }
        if (!types.contains("null")) {
            values.add(F.nullNode());
        }
        return values;
    }

    /** A string with a pattern, a format or an enum: hostile text there is invalid. */
    private boolean constrained(JsonNode schema) {
        return schema.has("pattern") || schema.has("format") || schema.has("enum");
    }

    private ObjectNode minimalValid(JsonNode schema) {
        ObjectNode o = F.objectNode();
        for (JsonNode req : schema.path("required")) {
            JsonNode ps = contract.resolve(schema.path("properties").path(req.asText()));
            if (ps.has("enum")) {
                o.set(req.asText(), ps.get("enum").get(0));
            } else if (contract.types(ps).contains("integer")) {
                o.put(req.asText(), 2024);
            } else {
                o.put(req.asText(), req.asText().equals("document") ? "001_e1ac07e1e74ba04c.txt" : "試験");
            }
        }
        return o;
    }

    private static ObjectNode with(ObjectNode base, String field, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        copy.set(field, value);
        return copy;
    }

    private ObjectNode validBody(Operation op) {
        JsonNode schema = op.bodyTypes().get(JSON_TYPE);
        if (schema == null) {
            return F.objectNode();
        }
        String name = Contract.refName(schema);
        ObjectNode base = (op.method().equals("POST") ? fx.postBodies() : fx.putBodies()).get(name);
        return base == null ? F.objectNode() : base.deepCopy();
    }

    private ObjectNode patchBase(Operation op) {
        ObjectNode p = F.objectNode();
        p.put("note", "x");
        return p;
    }

    /** The operation's path with every parameter set to the fixture's value. */
    String path(Operation op) {
        return substitute(op.path(), Map.of());
    }

    private String substitute(String template, Map<String, String> overrides) {
        StringBuilder sb = new StringBuilder();
        for (String part : template.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            sb.append('/');
            if (part.startsWith("{")) {
                String name = part.substring(1, part.length() - 1);
                sb.append(overrides.containsKey(name) ? overrides.get(name) : Mutations.seg(paramValue(template, name)));
            } else {
                sb.append(part);
            }
        }
        return sb.toString();
    }

    private String paramValue(Operation op, String name) {
        return paramValue(op.path(), name);
    }

    private String paramValue(String template, String name) {
        return switch (name) {
            case "fiscalYear" -> "2024";
            case "kind" -> "TARGET";
            case "code" -> fx.municipalityCode();
            case "key" -> fx.themeKey();
            default -> template.startsWith("/api/v1/plans") ? fx.planId()
                    : template.startsWith("/api/v1/initiatives") ? fx.initiativeId()
                    : template.startsWith("/api/v1/indicators") ? fx.indicatorId()
                    : template.startsWith("/api/v1/evaluations") ? fx.evaluationId() : fx.planId();
        };
    }

    private <T> List<T> sample(List<T> values, int n) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static String csvCell(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02X", x));
        }
        return sb.toString();
    }
}
