package jp.industryplans.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * A query string holds only what the contract describes for the operation: a misspelt filter,
 * a parameter given twice or one over its maxLength is a 400 naming it, never an answer that
 * silently ignores it.
 */
@QuarkusTest
class QueryContractTest extends ApiTest {

    @Test
    void aMisspeltFilterIsRefusedInsteadOfAnsweringEverything() {
        invalid().get("/api/v1/plans?municipalty=131067").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("municipalty"))
                .body("errors[0].message", containsString("municipality"));
        invalid().get("/api/v1/municipalities/131067?page=1").then().statusCode(400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("is not a parameter of this operation, which takes none"));
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        invalid().get("/api/v1/plans?municipality=131067&municipality=131091").then().statusCode(400)
                .body("errors[0].field", equalTo("municipality"))
                .body("errors[0].message", equalTo("is given 2 times; give it once"));
    }

    @Test
    void maxLengthIsCountedInCharacters() {
        invalid().get("/api/v1/plans?q=" + "a".repeat(201)).then().statusCode(400)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo("must be at most 200 characters long"));
        invalid().get("/api/v1/indicators?q=" + "a".repeat(4000)).then().statusCode(400);
        invalid().get("/api/v1/plans?theme=" + "x".repeat(51)).then().statusCode(400)
                .body("errors[0].field", equalTo("theme"));
        // 200 characters of three UTF-8 bytes each: within the limit.
        json().get("/api/v1/plans?q=" + "創".repeat(200)).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void everyDocumentedParameterIsStillAccepted() {
        json().get("/api/v1/plans?municipality=131067&kind=REGIONAL_INDUSTRY_REVITALIZATION&fiscalYear=R3"
                + "&theme=business-succession&q=創業&sort=title&page=0&size=5").then().statusCode(200);
        json().get("/api/v1/plans?municipality=131067").then().statusCode(200).body("total", greaterThan(0));
    }

    /**
     * The rules are read at start-up from the JSON form of the contract that the build packages
     * (cheaper to parse): operation for operation, parameter for parameter and in the same order,
     * they are those of the committed YAML.
     */
    @Test
    void theRulesReadAtStartUpAreThoseOfTheCommittedYaml() {
        assertNotNull(Thread.currentThread().getContextClassLoader().getResource(QueryContract.GENERATED_JSON),
                "the build packages the contract's JSON form");
        Map<String, Map<String, QueryContract.Rule>> yaml = QueryContract.read(QueryContract.committedYaml());
        Map<String, Map<String, QueryContract.Rule>> used = QueryContract.read(QueryContract.contract());
        assertFalse(yaml.isEmpty());
        assertEquals(yaml.keySet(), used.keySet());
        yaml.forEach((operation, rules) -> assertEquals(List.copyOf(rules.entrySet()),
                List.copyOf(used.get(operation).entrySet()), operation));
    }
}
