package jp.industryplans.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.ApiTest;
import jp.industryplans.TestDatabase;
import jp.industryplans.TestPlans;
import jp.industryplans.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A figure a {@code numeric(20, 4)} column cannot hold is refused with a 400 naming its field (CSV:
 * row and column) on every way in — a value PUT, an indicator's baseline, a merge patch, the CSV
 * upload and a bulk import — and the refused request changes no row and writes no change-log entry.
 * (A value of 1E+2147483647 used to be stored as 0 while the caller got an error.)
 */
@QuarkusTest
class FigureBoundsTest extends ApiTest {

    private static final String MESSAGE = "must be a number with at most 16 digits before the decimal point and 4 after it";
    private String plan;
    private String indicator;
    private String valuePath;

    @BeforeEach
    void fixtures() {
        plan = TestPlans.createPlan();
        indicator = TestPlans.createIndicator(plan, null, "bounds-" + UUID.randomUUID().toString().substring(0, 8));
        valuePath = "/api/v1/indicators/" + indicator + "/values/2022/TARGET";
        as(TestTokens.editor()).contentType(ContentType.JSON).header("If-None-Match", "*")
                .body(Map.of("value", 5000, "text", "5,000社")).put(valuePath).then().statusCode(201);
    }

    @AfterEach
    void cleanUp() {
        TestPlans.deletePlan(plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "-1E+2147483647", "1E-2147483647", "1e400", "12345678901234567",
            "0.00001", "1.50000", "9999999999999999.99999", "1E+16"})
    void aValueOutsideTheColumnIsRefusedAndNothingChanges(String number) {
        String etag = json(editor()).get(valuePath).then().statusCode(200).extract().header("ETag");
        String before = TestDatabase.fingerprint();
        invalid().header("Authorization", "Bearer " + TestTokens.editor()).header("If-Match", etag)
                .contentType(ContentType.JSON).body("{\"value\":" + number + "}").put(valuePath)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo(MESSAGE));
        assertEquals(before, TestDatabase.fingerprint(), "a refused request changes no row and logs nothing");
        json(editor()).get(valuePath).then().statusCode(200).header("ETag", equalTo(etag))
                .body("value", equalTo(5000)).body("text", equalTo("5,000社"));
    }

    @Test
    void theLargestAndFinestStorableFiguresAreAccepted() {
        String etag = json(editor()).get(valuePath).then().extract().header("ETag");
        as(TestTokens.editor()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"value\":9999999999999999.9999}").put(valuePath).then().statusCode(200);
        json(editor()).get(valuePath).then().body(containsString("\"value\":9999999999999999.9999,"));
        etag = json(editor()).get(valuePath).then().extract().header("ETag");
        as(TestTokens.editor()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"value\":-0.0001,\"text\":\"5,000社\"}").put(valuePath).then().statusCode(200);
        etag = json(editor()).get(valuePath).then().extract().header("ETag");
        as(TestTokens.editor()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("value", 5000, "text", "5,000社")).put(valuePath).then().statusCode(200);
    }

    @Test
    void aBaselineOrAPatchOutsideTheColumnIsRefused() {
        String before = TestDatabase.fingerprint();
        invalid().header("Authorization", "Bearer " + TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"key\":\"bounds-baseline\",\"planId\":\"" + plan + "\",\"name\":\"x\",\"role\":\"OUTCOME_KPI\","
                        + "\"direction\":\"HIGHER_IS_BETTER\",\"baseline\":{\"fiscalYear\":2018,\"value\":1E+2147483647}}")
                .post("/api/v1/indicators").then().statusCode(400)
                .body("errors[0].field", equalTo("baseline.value")).body("errors[0].message", equalTo(MESSAGE));
        assertEquals(before, TestDatabase.fingerprint());
    }

    /** A merge patch is read as written too: a tiny or over-fine figure is not rounded into the column. */
    @ParameterizedTest
    @ValueSource(strings = {"-1E+2147483647", "1E-2147483647", "0.00001", "0.12345678901234567890123", "1.50000"})
    void aPatchOutsideTheColumnIsRefusedAndNothingChanges(String number) {
        String path = "/api/v1/indicators/" + indicator;
        String etag = json(editor()).get(path).then().extract().header("ETag");
        String before = TestDatabase.fingerprint();
        invalid().header("Authorization", "Bearer " + TestTokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"baseline\":{\"fiscalYear\":2018,\"value\":" + number + "}}").patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("baseline.value"))
                .body("errors[0].message", equalTo(MESSAGE));
        assertEquals(before, TestDatabase.fingerprint(), "a refused patch changes no row and logs nothing");
        json(editor()).get(path).then().header("ETag", equalTo(etag));
    }

    @Test
    void aCsvUploadNamesRowAndColumn() {
        String before = TestDatabase.fingerprint();
        String csv = "indicatorId,fiscalYear,kind,value,text,missingReason,note\n"
                + indicator + ",2023,TARGET,10,,,\n"
                + indicator + ",2024,TARGET,1E+2147483647,,,\n";
        invalid().header("Authorization", "Bearer " + TestTokens.admin()).contentType("text/csv").body(csv)
                .post("/api/v1/indicators/values").then().statusCode(400)
                .body("errors.field", equalTo(List.of("row 3, column value")))
                .body("errors[0].message", equalTo(MESSAGE));
        assertEquals(before, TestDatabase.fingerprint());
    }

    @Test
    void aBulkImportNamesTheValue() {
        String before = TestDatabase.fingerprint();
        String bundle = "{\"plans\":[{\"key\":\"bounds-import\",\"municipalityCode\":\"131067\",\"kind\":\"INDUSTRIAL_PROMOTION_PLAN\","
                + "\"title\":\"取込\",\"periodStart\":2024,\"periodEnd\":2026,\"indicators\":[{\"key\":\"k\",\"name\":\"件数\","
                + "\"role\":\"OUTCOME_KPI\",\"direction\":\"HIGHER_IS_BETTER\",\"values\":[{\"fiscalYear\":2024,\"kind\":\"TARGET\","
                + "\"value\":1E+2147483647}]}]}]}";
        invalid().header("Authorization", "Bearer " + TestTokens.admin()).contentType(ContentType.JSON).body(bundle)
                .post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("plans[0].indicators[0].values[0].value"))
                .body("detail", containsString("1 field"));
        assertEquals(before, TestDatabase.fingerprint());
    }
}
