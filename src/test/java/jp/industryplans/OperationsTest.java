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
        invalid().patch("/api/v1/municipalities")
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
