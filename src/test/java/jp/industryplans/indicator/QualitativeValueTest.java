package jp.industryplans.indicator;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

/** 定性値 — targets and results in words (実施／未実施／free text), stored, judged and refused where they do not fit. */
@QuarkusTest
class QualitativeValueTest extends ApiTest {

    private static String indicator(String plan, String key, String mode) {
        Map<String, Object> body = TestPlans.indicatorBody(plan, null, key);
        body.put("countingMode", mode);
        body.put("unit", null);
        return json(admin()).body(body).post("/api/v1/indicators").then().statusCode(201)
                .body("countingMode", equalTo(mode)).extract().path("id");
    }

    private static void put(String indicator, String cell, Map<String, Object> value, int status) {
        json(admin()).body(value).put("/api/v1/indicators/" + indicator + "/values/" + cell).then().statusCode(status);
    }

    @Test
    void doneAndNotDoneAreJudgedYearByYear() {
        String plan = TestPlans.createPlan();
        try {
            String event = indicator(plan, "event", "QUALITATIVE");
            for (int fy = 2024; fy <= 2026; fy++) {
                put(event, fy + "/TARGET", Map.of("qualitative", "DONE", "text", "実施"), 201);
            }
            put(event, "2024/ACTUAL", Map.of("qualitative", "DONE", "text", "実施"), 201);
            put(event, "2025/ACTUAL", Map.of("qualitative", "NOT_DONE", "text", "未実施"), 201);
            put(event, "2026/ESTIMATE", Map.of("qualitative", "TEXT", "text", "一部実施"), 201);
            json(editor()).get("/api/v1/indicators/" + event).then().statusCode(200)
                    .body("values.find { it.kind == 'ACTUAL' && it.fiscalYear == 2025 }.qualitative", equalTo("NOT_DONE"))
                    .body("values.find { it.kind == 'ACTUAL' && it.fiscalYear == 2025 }.value", nullValue())
                    .body("progress.status", equalTo("BEHIND"))
                    .body("progress.achievementRate", equalTo(0.5f))
                    .body("progress.basis", equalTo("ACTUAL"))
                    .body("progress.compared.fiscalYears", equalTo(List.of(2024, 2025)))
                    .body("progress.years[2].actualQualitative", equalTo("TEXT"))
                    .body("progress.years[2].status", equalTo("NO_DATA"));
            put(event, "2025/ACTUAL", Map.of("qualitative", "DONE", "text", "実施"), 200);
            json(editor()).get("/api/v1/indicators/" + event + "/progress").then().statusCode(200)
                    .body("status", equalTo("ACHIEVED"));
        } finally {
            TestPlans.deletePlan(plan);
        }
    }

    @Test
    void wordsAndNumbersStayInTheirOwnModes() {
        String plan = TestPlans.createPlan();
        try {
            String event = indicator(plan, "event", "QUALITATIVE");
            String count = indicator(plan, "count", "PER_YEAR");
            invalid(admin()).contentType(ContentType.JSON).body(Map.of("value", 1))
                    .put("/api/v1/indicators/" + event + "/values/2024/ACTUAL")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("value"));
            invalid(admin()).contentType(ContentType.JSON).body(Map.of("qualitative", "DONE"))
                    .put("/api/v1/indicators/" + count + "/values/2024/ACTUAL")
                    .then().statusCode(400).body("errors[0].field", equalTo("qualitative"));
            invalid(admin()).contentType(ContentType.JSON).body(Map.of("qualitative", "TEXT"))
                    .put("/api/v1/indicators/" + event + "/values/2024/ACTUAL")
                    .then().statusCode(400).body("errors[0].field", equalTo("text"));
            invalid(admin()).contentType(ContentType.JSON).body(Map.of("qualitative", "DONE", "missingReason", "NOT_SURVEYED"))
                    .put("/api/v1/indicators/" + event + "/values/2024/ACTUAL")
                    .then().statusCode(400).body("errors[0].field", equalTo("missingReason"));
            json(editor()).get("/api/v1/indicators/" + event + "/values").then().statusCode(200).body("total", equalTo(0));
            json(editor()).get("/api/v1/indicators/" + count + "/values").then().statusCode(200).body("total", equalTo(0));

            // A mode cannot change under values that do not suit it.
            put(count, "2024/ACTUAL", Map.of("value", 3), 201);
            Map<String, Object> body = new HashMap<>(TestPlans.indicatorBody(plan, null, "count"));
            body.put("countingMode", "QUALITATIVE");
            invalid(admin()).contentType(ContentType.JSON).body(body).put("/api/v1/indicators/" + count).then().statusCode(400)
                    .body("errors[0].field", equalTo("countingMode"));
            json(editor()).get("/api/v1/indicators/" + count).then().statusCode(200).body("countingMode", equalTo("PER_YEAR"));
        } finally {
            TestPlans.deletePlan(plan);
        }
    }

    @Test
    void aSpreadsheetCarriesWordsAndInferredYearsBothWays() {
        String plan = TestPlans.createPlan();
        try {
            String event = indicator(plan, "event", "QUALITATIVE");
            String header = "indicatorId,fiscalYear,kind,value,qualitative,text,missingReason,note,fiscalYearInferred\n";
            admin().contentType("text/csv").body(header + event + ",2024,TARGET,,DONE,実施,,,false\n"
                            + event + ",2025,ACTUAL,,NOT_DONE,未実施,,,true\n")
                    .post("/api/v1/indicators/values").then().statusCode(200).body("created", equalTo(2));
            json(editor()).get("/api/v1/indicators/values?indicator=" + event).then().statusCode(200)
                    .body("items[0].qualitative", equalTo("DONE"))
                    .body("items[1].qualitative", equalTo("NOT_DONE"))
                    .body("items[1].fiscalYearInferred", equalTo(true));
            String exported = editor().accept("text/csv").get("/api/v1/indicators/values?indicator=" + event)
                    .then().statusCode(200).extract().asString();
            admin().contentType("text/csv").body(exported).post("/api/v1/indicators/values")
                    .then().statusCode(200).body("unchanged", equalTo(2));
            // Words for a numeric indicator, or a number for this one: the file is refused, naming the row.
            String count = indicator(plan, "count", "PER_YEAR");
            invalid(admin()).contentType("text/csv").body(header + event + ",2026,TARGET,5,,,,,\n"
                            + count + ",2026,TARGET,,DONE,,,,\n" + count + ",2026,ACTUAL,,MAYBE,,,,\n")
                    .post("/api/v1/indicators/values").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("row 4, column qualitative")));
            invalid(admin()).contentType("text/csv").body(header + event + ",2026,TARGET,5,,,,,\n"
                            + count + ",2026,TARGET,,DONE,,,,\n")
                    .post("/api/v1/indicators/values").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("row 2, column value", "row 3, column qualitative")));
            assertEquals(2, (int) json(editor()).get("/api/v1/indicators/values?plan=" + plan).then().extract().path("total"));
        } finally {
            TestPlans.deletePlan(plan);
        }
    }

    @Test
    void aBundleGivesNoNumberToAQualitativeIndicator() {
        Map<String, Object> indicator = Map.of("key", "award", "name", "表彰", "role", "PLANNED_VOLUME",
                "countingMode", "QUALITATIVE", "direction", "HIGHER_IS_BETTER",
                "values", List.of(Map.of("fiscalYear", 2024, "kind", "TARGET", "value", 1)));
        Map<String, Object> plan = new HashMap<>(TestPlans.planBody("test-qualitative-bundle"));
        plan.put("indicators", List.of(indicator));
        invalid(admin()).contentType(ContentType.JSON).body(Map.of("plans", List.of(plan))).post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("plans[0].indicators[0].values[0].value"));
        json(editor()).get("/api/v1/plans?q=test-qualitative-bundle").then().statusCode(200).body("total", equalTo(0));
    }
}
