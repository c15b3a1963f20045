package jp.industryplans.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar ({@code target/quarkus-app/quarkus-run.jar}, started by Quarkus for this
 * test in the prod profile) serves what the README promises at first start: ready, the seeded
 * plans, an era-form fiscal year (raw UTF-8 queries against the jar: scripts/startup-test.sh
 * and scripts/docs-test.sh). Runs in {@code verify} (failsafe), after
 * {@code package}.
 */
@QuarkusIntegrationTest
class PackagedJarIT {

    @Test
    void theJarStartsReadyWithTheSeedsLoaded() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/plans?kind=REGIONAL_INDUSTRY_REVITALIZATION&size=1")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("total", equalTo(15));
    }

    @Test
    void aFiscalYearInTheEraFormIsAnswered() {
        given().queryParam("fiscalYear", "令和3年度").get("/api/v1/dashboard/summary")
                .then().statusCode(200).body("fiscalYear", equalTo(2021));
    }
}
