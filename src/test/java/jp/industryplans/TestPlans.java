package jp.industryplans;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates throw-away records through the API for tests that write (never touching the seeds). */
public final class TestPlans {

    private TestPlans() {
    }

    /** A plan of a kind the seeds never use, so counts of seeded plans stay exact. */
    public static Map<String, Object> planBody(String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("municipalityCode", "131067");
        body.put("kind", "INDUSTRIAL_PROMOTION_PLAN");
        body.put("title", "テスト産業振興計画 " + key);
        body.put("periodStart", 2024);
        body.put("periodEnd", 2026);
        body.put("periodLabel", "令和６年度～令和８年度");
        body.put("summary", "試験用の計画。");
        return body;
    }

    public static String createPlan() {
        String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return given().header("Authorization", "Bearer " + TestTokens.admin()).contentType(ContentType.JSON).body(planBody(key))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> initiativeBody(String planId, String parentId, String key, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("planId", planId);
        body.put("parentId", parentId);
        body.put("kind", parentId == null ? "PILLAR" : "PROJECT");
        body.put("title", title);
        return body;
    }

    public static String createInitiative(String planId, String parentId, String key, String title) {
        return given().header("Authorization", "Bearer " + TestTokens.admin()).contentType(ContentType.JSON).body(initiativeBody(planId, parentId, key, title))
                .post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> indicatorBody(String planId, String initiativeId, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("planId", planId);
        body.put("initiativeId", initiativeId);
        body.put("name", "創業支援件数");
        body.put("unit", "件");
        body.put("role", "OUTCOME_KPI");
        body.put("countingMode", "PER_YEAR");
        body.put("direction", "HIGHER_IS_BETTER");
        return body;
    }

    public static String createIndicator(String planId, String initiativeId, String key) {
        return given().header("Authorization", "Bearer " + TestTokens.admin()).contentType(ContentType.JSON).body(indicatorBody(planId, initiativeId, key))
                .post("/api/v1/indicators").then().statusCode(201).extract().path("id");
    }

    /** A self-evaluation (自己評価) of FY2024 on a two-step scale. */
    public static Map<String, Object> evaluationBody(String plan, String initiative) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", plan);
        body.put("initiativeId", initiative);
        body.put("key", "self-2024");
        body.put("evaluator", "SELF");
        body.put("periodStart", 2024);
        body.put("periodEnd", 2024);
        body.put("rating", "Ａ");
        body.put("scale", List.of(Map.of("rating", "Ａ", "label", "順調である"),
                Map.of("rating", "Ｂ", "label", "概ね順調である")));
        body.put("sections", List.of(Map.of("heading", "今後の方向性", "text", "継続する。")));
        return body;
    }

    public static void deletePlan(String id) {
        given().header("Authorization", "Bearer " + TestTokens.admin()).delete("/api/v1/plans/" + id).then().statusCode(204);
    }
}
