package jp.industryplans.indicator;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest extends ApiTest {

    @Test
    void valuesAreUpsertedPerFiscalYearAndKind() {
        String plan = TestPlans.createPlan();
        String measure = TestPlans.createInitiative(plan, null, "m1", "創業支援");
        String indicator = TestPlans.createIndicator(plan, measure, "startups");

        json(admin()).body(Map.of("value", 120, "text", "120件")).put("/api/v1/indicators/" + indicator + "/values/2024/target")
                .then().statusCode(201)
                .body("fiscalYear", equalTo(2024)).body("kind", equalTo("TARGET")).body("value", equalTo(120))
                .body("fiscalYearLabel", equalTo("令和6年度"));
        // 令和6年度 is FY2024: the same cell, replaced.
        json(admin()).body(Map.of("value", 130, "text", "130件")).put("/api/v1/indicators/" + indicator + "/values/令和6年度/TARGET")
                .then().statusCode(200).body("value", equalTo(130));
        json(admin()).body(Map.of("missingReason", "NOT_YET_COMPILED", "text", "―"))
                .put("/api/v1/indicators/" + indicator + "/values/R6/ACTUAL")
                .then().statusCode(201).body("value", nullValue()).body("missingReason", equalTo("NOT_YET_COMPILED"));

        json(editor()).get("/api/v1/indicators/" + indicator + "/values")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].kind", equalTo("ACTUAL"))
                .body("items[1].kind", equalTo("TARGET"));
        json(editor()).get("/api/v1/indicators/" + indicator)
                .then().statusCode(200)
                .body("initiativeId", equalTo(measure))
                .body("values", hasSize(2));
        json(editor()).get("/api/v1/plans/" + plan)
                .then().statusCode(200)
                .body("indicators[0].values", hasSize(2));

        json(admin()).delete("/api/v1/indicators/" + indicator + "/values/2024/ACTUAL").then().statusCode(204);
        raw(admin()).header("If-Match", "*").delete("/api/v1/indicators/" + indicator + "/values/2024/ACTUAL").then().statusCode(404);
        TestPlans.deletePlan(plan);
    }

    @Test
    void aMissingFigureMustSayWhy() {
        String plan = TestPlans.createPlan();
        String indicator = TestPlans.createIndicator(plan, null, "plan-level");
        json(admin()).body(Map.of("text", "―")).put("/api/v1/indicators/" + indicator + "/values/2024/ACTUAL")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("missingReason"));
        json(admin()).body(Map.of("value", 1, "missingReason", "NOT_SURVEYED"))
                .put("/api/v1/indicators/" + indicator + "/values/2024/ACTUAL")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("missingReason"));
        json(raw(admin())).header("If-None-Match", "*").body(Map.of("value", 1)).put("/api/v1/indicators/" + indicator + "/values/令和0年度/ACTUAL")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("fiscalYear"));
        json(raw(admin())).header("If-None-Match", "*").body(Map.of("value", 1)).put("/api/v1/indicators/" + indicator + "/values/2024/BUDGET")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        TestPlans.deletePlan(plan);
    }

    @Test
    void createReplaceDeleteAndFilters() {
        String plan = TestPlans.createPlan();
        String indicator = TestPlans.createIndicator(plan, null, "visits");
        Map<String, Object> body = new HashMap<>();
        body.put("planId", plan);
        body.put("name", "相談件数");
        body.put("unit", "件");
        body.put("role", "PLANNED_VOLUME");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("countingMode", "RUNNING_TOTAL");
        body.put("plannedVolume", "年100件");
        body.put("baseline", Map.of("fiscalYear", 2023, "value", 90, "text", "90件"));
        json(admin()).body(body).put("/api/v1/indicators/" + indicator)
                .then().statusCode(200)
                .body("name", equalTo("相談件数"))
                .body("baseline.value", equalTo(90))
                .body("countingMode", equalTo("RUNNING_TOTAL"))
                .body("cumulative", equalTo(true));
        json(editor()).get("/api/v1/indicators?plan=" + plan).then().statusCode(200).body("total", equalTo(1));
        invalid().get("/api/v1/indicators?initiative=not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("initiative"));

        body.put("role", "KPI");
        invalid(admin()).contentType(ContentType.JSON).body(body).post("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("role"));
        json(admin()).delete("/api/v1/indicators/" + indicator).then().statusCode(204);
        json(editor()).get("/api/v1/indicators/" + indicator).then().statusCode(404);
        TestPlans.deletePlan(plan);
    }

    @Test
    void progressIsEmbeddedAndServedOnItsOwn() {
        String plan = TestPlans.createPlan();
        String indicator = TestPlans.createIndicator(plan, null, "progress");
        json(editor()).get("/api/v1/indicators/" + indicator + "/progress")
                .then().statusCode(200).body("status", equalTo("NO_DATA")).body("years", hasSize(0));
        json(admin()).body(Map.of("value", 100)).put("/api/v1/indicators/" + indicator + "/values/2024/TARGET")
                .then().statusCode(201);
        json(admin()).body(Map.of("value", 60)).put("/api/v1/indicators/" + indicator + "/values/2024/ACTUAL")
                .then().statusCode(201);
        json(editor()).get("/api/v1/indicators/" + indicator + "/progress")
                .then().statusCode(200)
                .body("status", equalTo("BEHIND"))
                .body("achievementRate", equalTo(0.6f))
                .body("years[0].fiscalYearLabel", equalTo("令和6年度"));
        json(admin()).body(Map.of("value", 95)).put("/api/v1/indicators/" + indicator + "/values/2024/ACTUAL")
                .then().statusCode(200);
        json(editor()).get("/api/v1/indicators/" + indicator)
                .then().statusCode(200)
                .body("progress.status", equalTo("ON_TRACK"))
                .body("progress.latestActual.value", equalTo(95));
        json(editor()).get("/api/v1/indicators/00000000-0000-5000-8000-000000000000/progress")
                .then().statusCode(404).contentType("application/problem+json");
        TestPlans.deletePlan(plan);
    }

    @Test
    void theRulesBehindEveryStatusAreReadable() {
        json(editor()).get("/api/v1/progress/rules")
                .then().statusCode(200)
                .body("achievedAt", equalTo(1.0f))
                .body("onTrackAt", equalTo(0.9f))
                .body("statuses.status", org.hamcrest.Matchers.contains("ACHIEVED", "ON_TRACK", "BEHIND", "NO_DATA"))
                .body("countingModes.mode", org.hamcrest.Matchers.hasItems("PER_YEAR", "RUNNING_TOTAL",
                        "GROSS_PER_YEAR", "LEVEL", "QUALITATIVE"));
    }
}
