package jp.industryplans.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * A plan's detail (計画詳細) shows each indicator (指標) exactly as the indicator's own page does:
 * every value with its kind, figure, missing reason, note, source and inferred year, and the
 * progress judged from them. The detail reads a plan's values as plain rows, the indicator's page
 * as entities; a user comparing the two must see the same thing.
 */
@QuarkusTest
class PlanDetailValuesTest extends ApiTest {

    private static void sameAsTheIndicatorsOwnPage(String plan) {
        List<Map<String, Object>> shown = editor().header("Cache-Control", "no-cache")
                .get("/api/v1/plans/" + plan).then().statusCode(200).extract().path("indicators");
        for (Map<String, Object> indicator : shown) {
            Map<String, Object> own = editor().get("/api/v1/indicators/" + indicator.get("id"))
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            assertEquals(own, indicator, "indicator " + indicator.get("id") + " in plan " + plan);
        }
    }

    @Test
    void everySeededPlanShowsItsIndicatorsAsTheirOwnPagesDo() {
        List<String> plans = editor().get("/api/v1/plans?size=200").then().statusCode(200)
                .extract().path("items.id");
        assertFalse(plans.isEmpty());
        plans.forEach(PlanDetailValuesTest::sameAsTheIndicatorsOwnPage);
    }

    @Test
    void figuresNotesSourcesAndMissingReasonsAreShownAsStored() {
        String plan = TestPlans.createPlan();
        String initiative = TestPlans.createInitiative(plan, null, "p1", "柱1");
        String indicator = TestPlans.createIndicator(plan, initiative, "k1");
        put(indicator, "2021/TARGET", Map.of("value", 100, "note", "当初目標",
                "source", Map.of("document", "plan.pdf", "quote", "100件")));
        put(indicator, "2021/ACTUAL", Map.of("value", 37.5, "fiscalYearInferred", true));
        put(indicator, "2022/TARGET", Map.of("value", 120.25));
        put(indicator, "2022/ACTUAL", Map.of("missingReason", "NOT_YET_COMPILED", "note", "集計中"));
        put(indicator, "2023/ESTIMATE", Map.of("value", 0));
        sameAsTheIndicatorsOwnPage(plan);
        List<Map<String, Object>> values = editor().header("Cache-Control", "no-cache")
                .get("/api/v1/plans/" + plan).then().statusCode(200).extract().path("indicators[0].values");
        assertEquals(5, values.size());
        assertEquals(List.of("2021 ACTUAL", "2021 TARGET", "2022 ACTUAL", "2022 TARGET", "2023 ESTIMATE"),
                values.stream().map(v -> v.get("fiscalYear") + " " + v.get("kind")).toList());
        TestPlans.deletePlan(plan);
    }

    private static void put(String indicator, String yearAndKind, Map<String, Object> body) {
        editor().contentType(ContentType.JSON).body(body)
                .put("/api/v1/indicators/" + indicator + "/values/" + yearAndKind).then().statusCode(201);
    }
}
