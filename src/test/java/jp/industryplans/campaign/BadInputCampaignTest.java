package jp.industryplans.campaign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import jp.industryplans.ApiTest;
import jp.industryplans.ContractValidationFilter;
import jp.industryplans.DefaultCredentialsFilter;
import jp.industryplans.ReadBeforeWriteFilter;
import jp.industryplans.TestPlans;
import jp.industryplans.TestTokens;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Bad-input campaign: thousands of malformed or hostile requests generated from the contract
 * (every operation of {@code openapi/openapi.yaml}, every category of attack that applies to it),
 * each of which must be answered without a 5xx, with an RFC 9457 problem+json valid against the
 * contract that names no internals, naming the field or parameter at fault where there is one,
 * and without changing a stored row or the change log when it is refused. Text that may be stored
 * must be stored verbatim and leave CSV downloads without a live formula. Prints the count per
 * category.
 */
@QuarkusTest
class BadInputCampaignTest extends ApiTest {

    /** Fixed, so that a failing run can be replayed request for request. */
    private static final long SEED = 20240401L;
    private static final List<String> TABLES = List.of("plan", "municipality", "theme", "initiative", "indicator",
            "indicator_value", "evaluation");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final RestAssuredConfig RAW_BODIES = RestAssured.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    /** For requests sent without rest-assured: the same contract, responses only. */
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl("openapi/openapi.yaml").build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> findings = new ArrayList<>();
    private final Map<String, int[]> stats = new TreeMap<>();  // category → sent, 2xx, 4xx, 5xx, findings
    private final Set<String> acceptedRequestIds = new java.util.HashSet<>();
    private final Map<String, CampaignRequest> byRequestId = new HashMap<>();
    private int sequence;

    @Test
    void hostileRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        long started = System.nanoTime();
        RequestGenerator.Fixtures fixtures = createFixtures();
        RequestGenerator generator = new RequestGenerator(new Contract(Path.of("openapi/openapi.yaml")), fixtures, SEED);

        // Phase 1: requests that must not write (refused writes, junk reads).
        // Deletes last: a delete wrongly accepted would remove the fixtures and hide what the
        // requests after it would have shown.
        List<CampaignRequest> phase1 = new ArrayList<>(generator.mustNotWrite());
        phase1.sort(java.util.Comparator.comparing(r -> r.method.equals("DELETE")));
        generator.applicable().forEach((operation, categories) -> {
            Set<String> missing = new java.util.TreeSet<>(categories);
            missing.removeAll(generator.generated().getOrDefault(operation, Set.of()));
            if (!missing.isEmpty()) {
                findings.add("[coverage] " + operation + " was never sent " + missing);
            }
        });
        Snapshot before = snapshot();
        try {
            campaign(generator, phase1, before, started);
        } finally {
            // Whatever plan a wrongly accepted request created must not disturb the other tests.
            for (String row : changesSince(before.maxSeq)) {
                String[] f = row.split(" ");
                if (f[1].equals("CREATE") && f[2].equals("plan")) {
                    admin().delete("/api/v1/plans/" + f[3]);
                }
            }
            admin().delete("/api/v1/plans/" + fixtures.planId());
        }
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }

    private void campaign(RequestGenerator generator, List<CampaignRequest> phase1, Snapshot before, long started)
            throws SQLException {
        for (CampaignRequest r : phase1) {
            send(r);
        }
        Snapshot after = snapshot();
        for (String table : TABLES) {
            if (!before.checksums.get(table).equals(after.checksums.get(table))) {
                findings.add("[stored rows] table " + table + " changed during the refused-requests phase");
            }
        }
        for (String row : changesSince(before.maxSeq)) {
            String requestId = row.substring(0, row.indexOf(' '));
            findings.add("[stored rows] change_log row written during the must-not-write phase"
                    + (acceptedRequestIds.contains(requestId) ? " (by a malformed request that was accepted, see above): "
                    : " BY A REFUSED REQUEST: ") + row);
        }

        // Phase 2: hostile text in free-text fields of the fixtures, which may be stored — but only verbatim,
        // and only by a request that was answered 2xx.
        long phase2Seq = snapshot().maxSeq;
        for (CampaignRequest r : generator.freeText()) {
            send(r);
        }
        formulasInCsv();
        for (String row : changesSince(phase2Seq)) {
            String requestId = row.substring(0, row.indexOf(' '));
            if (!acceptedRequestIds.contains(requestId)) {
                CampaignRequest r = byRequestId.get(requestId);
                findings.add("[stored rows] a request that was refused changed a row: " + row
                        + (r == null ? "" : " ← " + r.describe()));
            }
        }

        report(started);
    }

    // ---------------------------------------------------------------- sending and checking

    private void send(CampaignRequest r) {
        String requestId = "campaign-" + (++sequence);
        r.header("X-Request-Id", requestId);
        byRequestId.put(requestId, r);
        int[] s = stats.computeIfAbsent(r.category, k -> new int[5]);
        s[0]++;
        int findingsBefore = findings.size();
        try {
            if (r.viaHttpClient) {
                sendWithHttpClient(r, requestId);
            } else {
                sendWithRestAssured(r, requestId);
            }
        } catch (AssertionError e) {
            // The contract filter: the answer does not match the contract.
            findings.add("[contract] " + r.describe() + "\n    " + firstLines(e.getMessage(), 6));
        } catch (Exception e) {
            findings.add("[transport] " + r.describe() + " → " + e);
        }
        s[4] += findings.size() - findingsBefore;
    }

    private void sendWithRestAssured(CampaignRequest r, String requestId) {
        RequestSpecification spec = invalid().config(RAW_BODIES).urlEncodingEnabled(false);
        // Sent as the campaign means it: the precondition is the campaign's own (see precondition()).
        spec.header(ReadBeforeWriteFilter.RAW, "true");
        if (!r.raw) {
            precondition(r).forEach(spec::header);
        }
        if (r.anonymous) {
            spec.header(DefaultCredentialsFilter.ANONYMOUS, "true");
        } else if (!r.headers.containsKey("Authorization")) {
            spec.header("Authorization", "Bearer " + TestTokens.admin());
        }
        r.headers.forEach(spec::header);
        if (r.contentType != null) {
            spec.contentType(r.contentType);
        }
        if (r.body != null) {
            spec.body(r.body);
        }
        Response response = spec.request(r.method, r.uri);
        if (r.mustNotEcho != null && response.getHeaders().toString().contains(r.mustNotEcho)) {
            findings.add("[echoed header] " + r.describe() + " → " + response.getHeaders().asList().stream()
                    .filter(h -> h.getValue().contains(r.mustNotEcho)).toList());
        }
        check(r, requestId, response.statusCode(), response.contentType(), response.asByteArray());
    }

    private void sendWithHttpClient(CampaignRequest r, String requestId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + r.uri))
                .timeout(Duration.ofSeconds(30));
        r.headers.forEach(b::header);
        if (!r.anonymous && !r.headers.containsKey("Authorization")) {
            b.header("Authorization", "Bearer " + TestTokens.admin());
        }
        if (!r.raw) {
            precondition(r).forEach(b::header);
        }
        if (r.contentType != null) {
            b.header("Content-Type", r.contentType);
        }
        b.method(r.method, r.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(r.body));
        HttpResponse<byte[]> response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        // What the filter does for rest-assured requests: the answer must match the contract.
        String path = r.uri.contains("?") ? r.uri.substring(0, r.uri.indexOf('?')) : r.uri;
        SimpleResponse.Builder sr = SimpleResponse.Builder.status(response.statusCode())
                .withBody(new String(response.body(), StandardCharsets.UTF_8));
        response.headers().map().forEach((k, v) -> sr.withHeader(k, v));
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(r.method), sr.build());
        List<String> errors = r.refusedBeforeTheService ? List.of() : report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("Contract violation → " + response.statusCode() + ": " + String.join("; ", errors));
        }
        check(r, requestId, response.statusCode(), contentType, response.body());
    }

    /**
     * What a careful client sends before a PUT, PATCH or DELETE that names no precondition: it
     * reads the record (its path, without the request's query) and sends its ETag in
     * {@code If-Match}, or {@code If-None-Match: *} to create a value that does not exist yet;
     * when there is nothing to read, no precondition at all, so the answer is the service's own.
     */
    private Map<String, String> precondition(CampaignRequest r) {
        if (!Set.of("PUT", "PATCH", "DELETE").contains(r.method) || r.headers.containsKey("If-Match")
                || r.headers.containsKey("If-None-Match")) {
            return Map.of();
        }
        String path = r.uri.contains("?") ? r.uri.substring(0, r.uri.indexOf('?')) : r.uri;
        Response current = invalid().urlEncodingEnabled(false).header(ReadBeforeWriteFilter.RAW, "true")
                .header("Authorization", "Bearer " + TestTokens.admin()).get(path);
        if (current.statusCode() == 200 && current.header("ETag") != null) {
            return Map.of("If-Match", current.header("ETag"));
        }
        if (current.statusCode() == 404 && r.method.equals("PUT") && path.contains("/values/")) {
            return Map.of("If-None-Match", "*");
        }
        return Map.of();
    }

    private void check(CampaignRequest r, String requestId, int status, String contentType, byte[] body) {
        int[] s = stats.get(r.category);
        if (status >= 500) {
            s[3]++;
            findings.add("[5xx] " + r.describe() + " → " + status + " " + abbreviate(body));
            return;
        }
        if (status >= 400) {
            s[2]++;
            if (!r.refusedBeforeTheService) {
                checkProblem(r, status, contentType, body);
            }
        } else {
            s[1]++;
            acceptedRequestIds.add(requestId);
        }
        if (r.expect == CampaignRequest.Expect.REJECT && status < 400) {
            findings.add("[accepted] " + r.describe() + " → " + status + " " + abbreviate(body));
        } else if (r.expect == CampaignRequest.Expect.ACCEPT && status >= 300) {
            findings.add("[refused] " + r.describe() + " → " + status + " " + abbreviate(body));
        } else if (r.statuses != null && !r.statuses.contains(status)) {
            findings.add("[status] " + r.describe() + " → " + status + ", expected " + r.statuses + " " + abbreviate(body));
        }
        if (r.echoField != null && status < 300) {
            try {
                JsonNode stored = JSON.readTree(body).path(r.echoField);
                if (!r.sentText.equals(stored.asText(null))) {
                    findings.add("[not verbatim] " + r.describe() + " → stored " + stored);
                }
            } catch (Exception e) {
                findings.add("[not verbatim] " + r.describe() + " → unreadable answer " + abbreviate(body));
            }
        }
    }

    private void checkProblem(CampaignRequest r, int status, String contentType, byte[] body) {
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            findings.add("[not problem+json] " + r.describe() + " → " + status + " Content-Type: " + contentType
                    + " " + abbreviate(body));
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        java.util.regex.Matcher internals = jp.industryplans.ProblemText.INTERNALS.matcher(text);
        if (internals.find()) {
            findings.add("[internals] " + r.describe() + " → names '" + internals.group() + "': " + abbreviate(body));
        }
        try {
            JsonNode p = JSON.readTree(body);
            if (!p.path("type").isTextual() || p.path("type").asText().isBlank() || !p.path("title").isTextual()
                    || p.path("status").asInt(-1) != status) {
                findings.add("[bad problem] " + r.describe() + " → " + status + " " + abbreviate(body));
            }
            if (r.expectField != null && status == 400) {
                List<String> fields = new ArrayList<>();
                p.path("errors").forEach(e -> fields.add(e.path("field").asText()));
                if (!fields.contains(r.expectField)) {
                    findings.add("[field] " + r.describe() + " → 400 names " + fields + ", not " + r.expectField
                            + ": " + abbreviate(body));
                }
            }
        } catch (Exception e) {
            findings.add("[bad problem] " + r.describe() + " → " + status + " unreadable: " + abbreviate(body));
        }
    }

    // ---------------------------------------------------------------- fixtures and stored state

    private RequestGenerator.Fixtures createFixtures() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, ObjectNode> post = new HashMap<>();
        Map<String, ObjectNode> put = new HashMap<>();

        String planKey = "campaign-" + tag;
        ObjectNode plan = JSON.valueToTree(TestPlans.planBody(planKey));
        String planId = admin().contentType(ContentType.JSON).body(plan.toString()).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        put.put("PlanInput", plan);
        post.put("PlanInput", JSON.valueToTree(TestPlans.planBody("campaign-new-" + tag)));

        String initiativeId = TestPlans.createInitiative(planId, null, "pillar-" + tag, "試験の柱");
        ObjectNode initiative = F.objectNode().put("key", "pillar-" + tag).put("planId", planId).put("kind", "PILLAR")
                .put("title", "試験の柱");
        initiative.putNull("parentId");
        put.put("InitiativeInput", initiative);
        post.put("InitiativeInput", initiative.deepCopy().put("key", "pillar2-" + tag));

        String indicatorId = TestPlans.createIndicator(planId, initiativeId, "kpi-" + tag);
        ObjectNode indicator = F.objectNode().put("key", "kpi-" + tag).put("planId", planId).put("initiativeId", initiativeId)
                .put("name", "創業支援件数").put("unit", "件").put("role", "OUTCOME_KPI").put("countingMode", "PER_YEAR")
                .put("direction", "HIGHER_IS_BETTER");
        put.put("IndicatorInput", indicator);
        post.put("IndicatorInput", indicator.deepCopy().put("key", "kpi2-" + tag));

        ObjectNode value = F.objectNode().put("value", 120).put("text", "120件");
        admin().contentType(ContentType.JSON).body(value.toString()).put("/api/v1/indicators/" + indicatorId + "/values/2024/TARGET").then().statusCode(201);
        put.put("IndicatorValueInput", value);

        ObjectNode evaluation = F.objectNode().put("key", "self-" + tag).put("planId", planId).put("evaluator", "SELF")
                .put("periodStart", 2024).put("periodEnd", 2024).put("rating", "Ｂ");
        String evaluationId = admin().contentType(ContentType.JSON).body(evaluation.toString()).post("/api/v1/evaluations")
                .then().statusCode(201).extract().path("id");
        put.put("EvaluationInput", evaluation);
        post.put("EvaluationInput", evaluation.deepCopy().put("key", "self2-" + tag));

        String seededPlanId = anonymous().get("/api/v1/plans?size=1").then().statusCode(200).extract().path("items[0].id");
        String themeKey = anonymous().get("/api/v1/themes?size=1").then().statusCode(200).extract().path("items[0].key");
        return new RequestGenerator.Fixtures(planId, initiativeId, indicatorId, evaluationId, seededPlanId, themeKey,
                "131067", post, put);
    }

    private record Snapshot(long maxSeq, Map<String, String> checksums) {
    }

    private Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private Snapshot snapshot() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            Map<String, String> sums = new LinkedHashMap<>();
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                        + " FROM " + table + " t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM change_log")) {
                rs.next();
                return new Snapshot(rs.getLong(1), sums);
            }
        }
    }

    /** change_log rows after {@code seq}, as "requestId action resource id". */
    private List<String> changesSince(long seq) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT request_id, action, resource, resource_id FROM change_log WHERE seq > "
                     + seq + " ORDER BY seq")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- report

    private void report(long started) {
        StringBuilder sb = new StringBuilder("\nBad-input campaign (seed " + SEED + ")\n");
        sb.append(String.format("%-30s %7s %6s %6s %6s %8s%n", "category", "sent", "2xx", "4xx", "5xx", "findings"));
        int[] total = new int[5];
        stats.forEach((category, s) -> {
            sb.append(String.format("%-30s %7d %6d %6d %6d %8d%n", category, s[0], s[1], s[2], s[3], s[4]));
            for (int i = 0; i < 5; i++) {
                total[i] += s[i];
            }
        });
        sb.append(String.format("%-30s %7d %6d %6d %6d %8d%n", "TOTAL", total[0], total[1], total[2], total[3], total[4]));
        sb.append(String.format("%d requests in %.1f s%n", total[0], (System.nanoTime() - started) / 1e9));
        System.out.println(sb);
    }

    /**
     * After the free-text phase (formulas among the stored texts): every CSV download of a
     * collection holds no cell that a spreadsheet would run as a formula.
     */
    private void formulasInCsv() {
        for (String path : List.of("/api/v1/plans?size=200", "/api/v1/initiatives?size=200", "/api/v1/indicators?size=200",
                "/api/v1/evaluations?size=200", "/api/v1/indicators/values?size=10000")) {
            String csv = invalid().accept("text/csv").get(path).then().statusCode(200).extract().asString();
            try (com.fasterxml.jackson.databind.MappingIterator<List<String>> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                    .readerForListOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                    .readValues(csv.substring(1))) {
                while (rows.hasNext()) {
                    for (String cell : rows.next()) {
                        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")) {
                            findings.add("[csv formula] " + path + " has a cell a spreadsheet would run: " + abbreviate(
                                    cell.getBytes(StandardCharsets.UTF_8)));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                findings.add("[csv formula] " + path + " is not readable CSV: " + e.getMessage());
            }
        }
    }

    private static String abbreviate(byte[] body) {
        return CampaignRequest.abbreviate(new String(body, StandardCharsets.UTF_8).replace('\n', ' '));
    }

    private static String firstLines(String s, int n) {
        String[] lines = String.valueOf(s).split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, lines.length); i++) {
            sb.append(i == 0 ? "" : "\n    ").append(CampaignRequest.abbreviate(lines[i]));
        }
        return sb.toString();
    }
}
