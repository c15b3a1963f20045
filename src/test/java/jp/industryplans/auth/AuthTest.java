package jp.industryplans.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.util.ArrayList;
import java.util.TreeMap;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.industryplans.ApiTest;
import jp.industryplans.ReadBeforeWriteFilter;
import jp.industryplans.TestPlans;
import jp.industryplans.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads are open; writes need plans-editor; deletes and bulk imports need plans-admin. */
@QuarkusTest
public class AuthTest extends ApiTest {

    private static final String ANY = UUID.randomUUID().toString();

    /** Every write operation of the contract: method, path, and whether it needs plans-admin. */
    record Op(String name, String method, String path, String contentType, boolean admin) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Op> writes() {
        String json = "application/json";
        String patch = "application/merge-patch+json";
        return Stream.of(
                new Op("createPlan", "POST", "/api/v1/plans", json, false),
                new Op("replacePlan", "PUT", "/api/v1/plans/" + ANY, json, false),
                new Op("patchPlan", "PATCH", "/api/v1/plans/" + ANY, patch, false),
                new Op("deletePlan", "DELETE", "/api/v1/plans/" + ANY, null, true),
                new Op("createInitiative", "POST", "/api/v1/initiatives", json, false),
                new Op("replaceInitiative", "PUT", "/api/v1/initiatives/" + ANY, json, false),
                new Op("patchInitiative", "PATCH", "/api/v1/initiatives/" + ANY, patch, false),
                new Op("deleteInitiative", "DELETE", "/api/v1/initiatives/" + ANY, null, true),
                new Op("createIndicator", "POST", "/api/v1/indicators", json, false),
                new Op("replaceIndicator", "PUT", "/api/v1/indicators/" + ANY, json, false),
                new Op("patchIndicator", "PATCH", "/api/v1/indicators/" + ANY, patch, false),
                new Op("deleteIndicator", "DELETE", "/api/v1/indicators/" + ANY, null, true),
                new Op("putIndicatorValue", "PUT", "/api/v1/indicators/" + ANY + "/values/2024/ACTUAL", json, false),
                new Op("deleteIndicatorValue", "DELETE", "/api/v1/indicators/" + ANY + "/values/2024/ACTUAL", null,
                        true),
                new Op("importIndicatorValues", "POST", "/api/v1/indicators/values", "text/csv", true),
                new Op("createEvaluation", "POST", "/api/v1/evaluations", json, false),
                new Op("replaceEvaluation", "PUT", "/api/v1/evaluations/" + ANY, json, false),
                new Op("patchEvaluation", "PATCH", "/api/v1/evaluations/" + ANY, patch, false),
                new Op("deleteEvaluation", "DELETE", "/api/v1/evaluations/" + ANY, null, true),
                new Op("importBundle", "POST", "/api/v1/imports", json, true),
                new Op("ingestSummary", "POST", "/api/v1/ingests", json, false),
                // Publishing needs plans-publisher or plans-admin: an editor is refused like for deletes.
                new Op("publishPlanRelease", "POST", "/api/v1/plans/" + ANY + "/releases", json, true));
    }

    /**
     * Sends the operation to a record that does not exist, with {@code If-Match: *} on a replace,
     * patch or delete, so that only the role check and the missing record stand in its way.
     */
    private static io.restassured.response.Response send(RequestSpecification spec, Op op) {
        if (!op.method().equals("POST")) {
            spec = spec.header(ReadBeforeWriteFilter.RAW, "true").header("If-Match", "*");
        }
        if (op.contentType() != null) {
            spec = spec.contentType(op.contentType()).body(op.contentType().equals("text/csv") ? "x" : "{}");
        }
        return spec.request(op.method(), op.path());
    }

    /** The operations the committed contract secures: operationId → whether it needs plans-admin. */
    public static Map<String, Boolean> securedOperations() throws java.io.IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml")).get("paths");
        Map<String, Boolean> secured = new TreeMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode security = op.getValue().path("security");
            if (security.isArray() && !security.isEmpty()) {
                List<String> roles = new ArrayList<>();
                security.get(0).get("bearerAuth").forEach(r -> roles.add(r.asText()));
                secured.put(op.getValue().get("operationId").asText(), !roles.contains(TestTokens.EDITOR));
            }
        }));
        return secured;
    }

    @Test
    void theListAboveIsEveryOperationTheContractSecures() throws Exception {
        Map<String, Boolean> tested = new TreeMap<>();
        writes().forEach(op -> tested.put(op.name(), op.admin()));
        assertEquals(securedOperations(), tested, "operation → needs plans-admin, in the contract and in this test");
    }

    @ParameterizedTest
    @MethodSource("writes")
    void withoutATokenEveryWriteIs401(Op op) {
        send(invalid().header("X-Test-Anonymous", "true"), op)
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("type", equalTo("https://industry-plans.example.jp/problems/unauthorized"));
    }

    @ParameterizedTest
    @MethodSource("writes")
    void aTokenWithoutRolesIs403(Op op) {
        send(invalid().header("Authorization", "Bearer " + TestTokens.token("nobody@test")), op)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://industry-plans.example.jp/problems/forbidden"));
    }

    @ParameterizedTest
    @MethodSource("writes")
    void editorsMayWriteButNotDeleteOrBulkImport(Op op) {
        int status = send(invalid().header("Authorization", "Bearer " + TestTokens.editor()), op).statusCode();
        if (op.admin()) {
            org.junit.jupiter.api.Assertions.assertEquals(403, status, op.name());
        } else {
            // Past the role check: the empty body or unknown id is what is refused now.
            org.junit.jupiter.api.Assertions.assertTrue(status != 401 && status != 403 && status < 500,
                    op.name() + " answered " + status);
        }
    }

    static Stream<Map.Entry<String, Function<Map<String, Object>, Map<String, Object>>>> badTokens() {
        return Stream.of(
                Map.entry("expired", c -> with(c, Map.of("exp", 1_600_000_000L, "iat", 1_599_999_000L))),
                Map.entry("wrong issuer", c -> with(c, Map.of("iss", "https://evil.example/"))),
                Map.entry("wrong audience", c -> with(c, Map.of("aud", "some-other-api"))),
                // Correctly signed, but with claims of the wrong type: refused, never a 500.
                Map.entry("groups a number", c -> with(c, Map.of("groups", 5))),
                Map.entry("groups an object", c -> with(c, Map.of("groups", Map.of("plans-admin", true)))),
                Map.entry("groups a list of numbers", c -> with(c, Map.of("groups", List.of(1, 2)))),
                Map.entry("upn a number", c -> with(c, Map.of("upn", 42))),
                Map.entry("upn an object", c -> with(c, Map.of("upn", Map.of("name", "admin")))),
                Map.entry("sub a list", c -> with(c, Map.of("sub", List.of("admin@test")))),
                Map.entry("preferred_username a number", c -> with(c, Map.of("preferred_username", 7))));
    }

    private static Map<String, Object> with(Map<String, Object> claims, Map<String, Object> changes) {
        claims.putAll(changes);
        return claims;
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void invalidTokensAre401(Map.Entry<String, Function<Map<String, Object>, Map<String, Object>>> bad) {
        String token = TestTokens.sign(bad.getValue().apply(TestTokens.claims("admin@test", TestTokens.ADMIN)));
        String before = jp.industryplans.TestDatabase.fingerprint();
        as(token).contentType("application/json").body(TestPlans.planBody("auth-bad-" + Math.abs(bad.getKey().hashCode())))
                .post("/api/v1/plans")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://industry-plans.example.jp/problems/unauthorized"));
        assertEquals(before, jp.industryplans.TestDatabase.fingerprint(), bad.getKey() + " stored nothing");
    }

    @Test
    void aTamperedSignatureIs401() {
        String token = TestTokens.admin();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        as(forged).contentType("application/json").body(TestPlans.planBody("auth-forged"))
                .post("/api/v1/plans").then().statusCode(401);
        as("not-a-jwt").contentType("application/json").body(TestPlans.planBody("auth-garbage"))
                .post("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void readsNeedNoTokenAndIgnoreABadOne() {
        anonymous().get("/api/v1/plans").then().statusCode(200);
        invalid().header("Authorization", "Bearer not-a-jwt").get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void anEditorCreatesAndChangesButOnlyAnAdminDeletes() {
        String editor = TestTokens.editor();
        String id = as(editor).contentType("application/json").body(TestPlans.planBody("auth-editor"))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String etag = as(editor).get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        as(editor).header("If-Match", etag).delete("/api/v1/plans/" + id).then().statusCode(403);
        as(TestTokens.admin()).header("If-Match", etag).delete("/api/v1/plans/" + id).then().statusCode(204);
        as(editor).get("/api/v1/plans/" + id).then().statusCode(404)
                .body("type", startsWith("https://industry-plans.example.jp/problems/"));
    }
}
