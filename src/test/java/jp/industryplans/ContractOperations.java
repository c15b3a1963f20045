package jp.industryplans;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every operation of {@code openapi/openapi.yaml}, with its path filled in with real records of
 * the seed data, for tests that must hold on every operation (HEAD, Accept).
 */
public final class ContractOperations {

    /** One operation, its path template and a concrete path to a record that exists. */
    public record Operation(String method, String template, String operationId, String path) {

        @Override
        public String toString() {
            return method + " " + template + " (" + operationId + ")";
        }
    }

    private ContractOperations() {
    }

    /** Every operation of the contract; reads seeded records through the API to fill in the paths. */
    public static List<Operation> all() {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> ids = seededIds();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = contract.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations.add(new Operation(method.toUpperCase(), path.getKey(), op.path("operationId").asText(),
                            concrete(path.getKey(), ids)));
                }
            }
        }
        return operations;
    }

    public static List<Operation> reads() {
        return all().stream().filter(o -> o.method().equals("GET")).toList();
    }

    private static Map<String, String> seededIds() {
        JsonPath value = given().get("/api/v1/indicators/values?size=1").then().statusCode(200).extract().jsonPath();
        String evaluation = given().get("/api/v1/evaluations?size=1").then().statusCode(200).extract().path("items[0].id");
        String theme = given().get("/api/v1/themes?size=1").then().statusCode(200).extract().path("items[0].key");
        return Map.of(
                "/plans/", value.getString("items[0].planId"),
                "/initiatives/", value.getString("items[0].initiativeId"),
                "/indicators/", value.getString("items[0].indicatorId"),
                "/evaluations/", evaluation,
                "{code}", value.getString("items[0].municipalityCode"),
                "{key}", theme,
                "{fiscalYear}", value.getString("items[0].fiscalYear"),
                "{kind}", value.getString("items[0].kind"),
                "{sequence}", "1");
    }

    private static String concrete(String template, Map<String, String> ids) {
        String path = template;
        for (String collection : List.of("/plans/", "/initiatives/", "/indicators/", "/evaluations/")) {
            path = path.replace(collection + "{id}", collection + ids.get(collection));
        }
        for (String parameter : List.of("{code}", "{key}", "{fiscalYear}", "{kind}", "{sequence}")) {
            path = path.replace(parameter, ids.get(parameter));
        }
        if (path.contains("{")) {
            throw new IllegalStateException("No seeded record for the path " + template);
        }
        return path;
    }
}
