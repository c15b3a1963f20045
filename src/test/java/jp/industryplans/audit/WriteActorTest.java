package jp.industryplans.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import jp.industryplans.ApiTest;
import jp.industryplans.TestDatabase;
import jp.industryplans.TestPlans;
import jp.industryplans.TestTokens;
import jp.industryplans.auth.AuthTest;
import jp.industryplans.common.Roles;
import org.junit.jupiter.api.Test;

/**
 * 変更者の記録 — every write operation of the contract, done once for real, records its changes
 * under the token's user and the request's X-Request-Id. Each write path has to open its
 * transaction with the actor set; one that forgot would log its rows as "system" with no
 * request id, and this test names it.
 */
@QuarkusTest
class WriteActorTest extends ApiTest {

    private static final String USER = "audit-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example.lg.jp";
    private static final String TOKEN = TestTokens.token(USER, Roles.ADMIN);

    private final Set<String> done = new TreeSet<>();

    @Test
    void everyWriteOperationRecordsItsActorAndRequestId() throws Exception {
        String key = "actor-" + UUID.randomUUID().toString().substring(0, 8);
        String planId = createReplacePatch("Plan", "plans", TestPlans.planBody(key),
                Map.of("title", "テスト産業振興計画（改訂）"), Map.of("summary", "変更者の確認"));
        String initiativeId = createReplacePatch("Initiative", "initiatives",
                TestPlans.initiativeBody(planId, null, "p1", "創業支援"),
                Map.of("title", "創業・事業承継支援"), Map.of("label", "１"));
        String indicatorId = createReplacePatch("Indicator", "indicators",
                TestPlans.indicatorBody(planId, initiativeId, "k1"), Map.of("unit", "社"), Map.of("name", "創業件数"));
        String value = "/api/v1/indicators/" + indicatorId + "/values/2024/ACTUAL";
        write("putIndicatorValue", 201, r -> r.contentType(ContentType.JSON).body(Map.of("value", 4242)).put(value));

        String exported = json(editor()).accept("text/csv").get("/api/v1/indicators/values?plan=" + planId)
                .then().statusCode(200).extract().asString();
        assertTrue(exported.contains(",4242,"), exported);
        write("importIndicatorValues", 200, r -> r.contentType("text/csv; charset=UTF-8")
                .body(exported.replace(",4242,", ",4343,")).post("/api/v1/indicators/values"));
        json(editor()).get(value).then().statusCode(200).body("value", org.hamcrest.Matchers.equalTo(4343));
        write("deleteIndicatorValue", 204, r -> r.delete(value));

        String evaluationId = createReplacePatch("Evaluation", "evaluations",
                TestPlans.evaluationBody(planId, initiativeId), Map.of("rating", "Ｂ"), Map.of("rating", "Ａ"));
        write("deleteEvaluation", 204, r -> r.delete("/api/v1/evaluations/" + evaluationId));

        write("publishPlanRelease", 201, r -> r.contentType(ContentType.JSON).body(Map.of("label", "変更者の確認版"))
                .post("/api/v1/plans/" + planId + "/releases"));

        write("deleteIndicator", 204, r -> r.delete("/api/v1/indicators/" + indicatorId));
        write("deleteInitiative", 204, r -> r.delete("/api/v1/initiatives/" + initiativeId));
        write("deletePlan", 204, r -> r.delete("/api/v1/plans/" + planId));

        Map<String, Object> bundled = TestPlans.planBody(key + "-bundle");
        bundled.remove("periodLabel");
        bundled.remove("summary");
        write("importBundle", 200, r -> r.contentType(ContentType.JSON).body(Map.of("plans", List.of(bundled)))
                .post("/api/v1/imports"));
        String bundledId = json(editor()).get("/api/v1/plans?municipality=131067&kind=INDUSTRIAL_PROMOTION_PLAN&size=100")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.key == '" + key + "-bundle' }.id");
        TestPlans.deletePlan(bundledId);

        // 概要の取込: next year's summary (the FY2021 batch one batch later) makes five drafts.
        String summary = java.nio.file.Files.readString(java.nio.file.Path.of("seeds/sources/002_69dd780628cbc40f.txt"),
                java.nio.charset.StandardCharsets.UTF_8).replace("令和３年度～令和５年度", "令和４年度～令和６年度");
        List<String> ingested = write("ingestSummary", 200, r -> r.contentType(ContentType.JSON)
                .body(Map.of("document", "next.txt", "text", summary)).post("/api/v1/ingests"))
                .then().body("result.plans.created", org.hamcrest.Matchers.equalTo(5)).extract().path("plans.id");
        ingested.forEach(TestPlans::deletePlan);

        assertEquals(AuthTest.securedOperations().keySet(), done,
                "every write operation of the contract is checked here");
    }

    @Test
    void theSeedLoaderWritesAsSystemWithoutARequestId() {
        // The database is emptied when the test run starts; the first logged changes are the
        // seed loader's, at start-up, outside any HTTP request.
        assertEquals(List.of("system|"), TestDatabase.column(
                "SELECT DISTINCT actor || '|' || coalesce(request_id, '') FROM change_log"
                        + " WHERE seq <= (SELECT min(seq) + 99 FROM change_log)"));
    }

    /**
     * create{name}, replace{name} (the body with {@code replaced} put in) and patch{name} of one
     * resource, each checked by {@link #write}; returns the new record's id.
     */
    private String createReplacePatch(String name, String collection, Map<String, Object> body,
                                      Map<String, Object> replaced, Map<String, Object> patch) {
        String path = "/api/v1/" + collection;
        String id = write("create" + name, 201, r -> r.contentType(ContentType.JSON).body(body).post(path)).path("id");
        Map<String, Object> replacement = new HashMap<>(body);
        replacement.putAll(replaced);
        write("replace" + name, 200, r -> r.contentType(ContentType.JSON).body(replacement).put(path + "/" + id));
        write("patch" + name, 200, r -> r.contentType("application/merge-patch+json").body(patch).patch(path + "/" + id));
        return id;
    }

    /** Sends one write as {@link #USER} under a fresh request id and checks what it logged. */
    private Response write(String operation, int status, Function<RequestSpecification, Response> send) {
        String requestId = UUID.randomUUID().toString();
        Response response = send.apply(as(TOKEN).header("X-Request-Id", requestId));
        response.then().statusCode(status);
        List<String> actors = TestDatabase.column("SELECT actor FROM change_log WHERE request_id = '" + requestId + "'");
        assertFalse(actors.isEmpty(), operation + " logged no change under its request id");
        assertEquals(Set.of(USER), new HashSet<>(actors), operation + " logged its changes under another actor");
        done.add(operation);
        return response;
    }
}
