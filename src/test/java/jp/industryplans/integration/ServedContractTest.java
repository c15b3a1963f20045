package jp.industryplans.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract served at /q/openapi is the committed file: its bytes, and in JSON its content alone. */
@QuarkusTest
class ServedContractTest {

    private static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    @Test
    void theYamlIsTheCommittedBytes() throws IOException {
        byte[] served = given().get("/q/openapi").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(COMMITTED), served);
    }

    @Test
    void theJsonHasOneSecuritySchemeAndNothingTheFileDoesNotSay() throws IOException {
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(COMMITTED.toFile());
        JsonNode served = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asByteArray());
        List<String> schemes = new ArrayList<>();
        served.path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        assertEquals(List.of("bearerAuth"), schemes);
        assertEquals(committed.path("paths").size(), served.path("paths").size());
        assertEquals(committed.path("components").path("schemas").size(), served.path("components").path("schemas").size());
        assertEquals(committed.path("security"), served.path("security"));
    }
}
