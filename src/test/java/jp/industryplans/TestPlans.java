package jp.industryplans;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
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
        return given().contentType(ContentType.JSON).body(planBody(key))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    public static String createInitiative(String planId, String parentId, String key, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("planId", planId);
        body.put("parentId", parentId);
        body.put("kind", parentId == null ? "PILLAR" : "PROJECT");
        body.put("title", title);
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    public static String createIndicator(String planId, String initiativeId, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("planId", planId);
        body.put("initiativeId", initiativeId);
        body.put("name", "創業支援件数");
        body.put("unit", "件");
        body.put("role", "OUTCOME_KPI");
        body.put("cumulative", false);
        body.put("direction", "HIGHER_IS_BETTER");
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/indicators").then().statusCode(201).extract().path("id");
    }

    public static void deletePlan(String id) {
        given().delete("/api/v1/plans/" + id).then().statusCode(204);
    }
}
