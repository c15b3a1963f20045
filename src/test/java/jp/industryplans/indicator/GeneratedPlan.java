package jp.industryplans.indicator;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.TestTokens;
import jp.industryplans.common.StableId;
import jp.industryplans.indicator.IndicatorProgress.Point;

/**
 * A throw-away plan of 台東区 (FY2018–2025, a kind the seeds never use) holding generated
 * indicators, imported in one request through {@code POST /api/v1/imports}.
 */
public final class GeneratedPlan {

    public static final String MUNICIPALITY = "131067";
    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2025;

    private GeneratedPlan() {
    }

    /** Imports the cases; returns the plan's id. */
    public static String importPlan(List<GeneratedIndicators.Case> cases) {
        String key = "test-generated-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (GeneratedIndicators.Case c : cases) {
            Map<String, Object> indicator = new HashMap<>();
            indicator.put("key", c.key());
            indicator.put("name", "生成した指標 " + c.key());
            indicator.put("unit", c.subject().unit());
            indicator.put("role", "OUTCOME_KPI");
            indicator.put("countingMode", c.subject().mode().name());
            indicator.put("direction", c.subject().direction().name());
            if (c.subject().baselineYear() != null) {
                indicator.put("baseline", Map.of("fiscalYear", c.subject().baselineYear(),
                        "value", c.subject().baselineValue(), "fiscalYearInferred", c.subject().baselineYearInferred()));
            }
            List<Map<String, Object>> values = new ArrayList<>();
            for (Point p : c.points()) {
                Map<String, Object> value = new HashMap<>();
                value.put("fiscalYear", p.fiscalYear());
                value.put("fiscalYearInferred", p.fiscalYearInferred());
                value.put("kind", p.kind().name());
                if (p.value() != null) {
                    value.put("value", p.value());
                } else if (p.qualitative() != null) {
                    value.put("qualitative", p.qualitative().name());
                    value.put("text", p.qualitative() == QualitativeValue.TEXT ? "一部実施" : "実施");
                } else {
                    value.put("missingReason", "NOT_YET_COMPILED");
                }
                values.add(value);
            }
            indicator.put("values", values);
            indicators.add(indicator);
        }
        Map<String, Object> plan = new HashMap<>();
        plan.put("key", key);
        plan.put("municipalityCode", MUNICIPALITY);
        plan.put("kind", "INDUSTRIAL_PROMOTION_PLAN");
        plan.put("title", "生成した指標の計画 " + key);
        plan.put("periodStart", FIRST_YEAR);
        plan.put("periodEnd", LAST_YEAR);
        plan.put("indicators", indicators);
        given().header("Authorization", "Bearer " + TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("plans", List.of(plan)))
                .post("/api/v1/imports").then().statusCode(200);
        return StableId.plan(key).toString();
    }
}
