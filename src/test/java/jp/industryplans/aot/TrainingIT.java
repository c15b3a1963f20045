package jp.industryplans.aot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 学習実行 — the packaged jar as an operator starts it (prod profile, the seeds loaded), read the
 * ways users read it. Run only by {@code scripts/build-aot.sh} (Maven profile {@code aot}): on
 * JDK 25 Quarkus records what this run loads and compiles into the AOT cache
 * ({@code target/quarkus-app/app.aot}) that makes the next start fast.
 */
@QuarkusIntegrationTest
class TrainingIT {

    @Test
    void readsWhatUsersRead() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1").then().statusCode(200);
        List<String> plans = given().get("/api/v1/plans?size=200").then().statusCode(200)
                .body("total", greaterThan(0)).extract().path("items.id");
        String code = given().get("/api/v1/plans?size=1").then().extract().path("items[0].municipalityCode");
        for (String plan : plans) {
            Response detail = given().header("Cache-Control", "no-cache").get("/api/v1/plans/" + plan);
            detail.then().statusCode(200).body("id", equalTo(plan)).header("ETag", notNullValue());
            given().header("If-None-Match", detail.header("ETag")).get("/api/v1/plans/" + plan)
                    .then().statusCode(304);
            given().get("/api/v1/plans/" + plan).then().statusCode(200).body("id", equalTo(plan));
        }
        given().get("/api/v1/municipalities/" + code).then().statusCode(200).body("code", equalTo(code));
        given().get("/api/v1/plans?municipality=" + code + "&fiscalYear=令和3年度").then().statusCode(200);
        given().get("/api/v1/plans?q=創業").then().statusCode(200);
        given().get("/api/v1/initiatives?size=50").then().statusCode(200).body("items.size()", greaterThan(0));
        String indicator = given().get("/api/v1/indicators?size=50").then().statusCode(200)
                .extract().path("items[0].id");
        given().get("/api/v1/indicators/" + indicator + "/progress").then().statusCode(200);
        given().get("/api/v1/evaluations").then().statusCode(200);
        given().get("/api/v1/themes").then().statusCode(200);
        given().get("/api/v1/dashboard/summary").then().statusCode(200);
        given().get("/api/v1/dashboard/summary?fiscalYear=2021").then().statusCode(200);
        given().header("Accept", "text/csv").get("/api/v1/plans?size=200").then().statusCode(200);
        given().get("/api/v1/plans/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/api/v1/changes?limit=20").then().statusCode(200);
    }
}
