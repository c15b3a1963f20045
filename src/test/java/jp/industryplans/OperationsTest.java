package jp.industryplans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest extends ApiTest {

    @Test
    void healthChecksReportUpWithTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void everyRequestHasAnIdThatIsEchoed() {
        json().header("X-Request-Id", "taito-sys.2026-11-23:0042").get("/api/v1/plans?size=1")
                .then().statusCode(200).header("X-Request-Id", equalTo("taito-sys.2026-11-23:0042"));
        String made = json().get("/api/v1/plans?size=1").then().statusCode(200).extract().header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertTrue(made.matches("[0-9a-f-]{36}"), made);
        // An id that could forge a log line, or one over 128 characters, is replaced, not echoed.
        for (String unfit : new String[] {"x\" injected=1", "with space", "a".repeat(129)}) {
            String replaced = json().header("X-Request-Id", unfit).get("/api/v1/plans?size=1")
                    .then().statusCode(200).extract().header("X-Request-Id");
            org.junit.jupiter.api.Assertions.assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
        }
        json().header("X-Request-Id", "a".repeat(128)).get("/api/v1/plans?size=1")
                .then().statusCode(200).header("X-Request-Id", equalTo("a".repeat(128)));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        json().get("/api/v1/plans?size=1").then().statusCode(200);
        json().get("/api/v1/plans/00000000-0000-5000-8000-000000000000").then().statusCode(404);
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString(
                "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/plans\""));
        // Per route, not per id: the template names the route.
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("uri=\"/api/v1/plans/{id}\""));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("agroal_active_count{datasource=\"default\""));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("agroal_available_count{datasource=\"default\""));
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJson() {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        invalid(admin()).contentType("application/json").body(body).post("/api/v1/plans")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("type", equalTo("https://industry-plans.example.jp/problems/http-413"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void theServedDocumentIsTheCommittedContract() throws Exception {
        String served = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml"));
        JsonNode actual = json.readTree(served);
        assertEquals(committed.get("paths").size(), actual.get("paths").size());
        assertEquals(committed.at("/components/schemas").size(), actual.at("/components/schemas").size());
        assertEquals(committed.at("/info/title").asText(), actual.at("/info/title").asText());
    }

    @Test
    void anUnknownPathIsAProblemNotAnHtmlPage() {
        invalid().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aWrongMethodIsAProblem() {
        invalid(admin()).patch("/api/v1/municipalities")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void theEntryPointLinksEveryCollection() {
        json().get("/api/v1").then().statusCode(200)
                .body("version", equalTo("v1"))
                .body("links.plans", equalTo("/api/v1/plans"))
                .body("links.contract", equalTo("/q/openapi"));
    }
}
