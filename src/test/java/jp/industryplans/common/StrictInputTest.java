package jp.industryplans.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.industryplans.ApiTest;
import jp.industryplans.TestDatabase;
import jp.industryplans.TestPlans;
import jp.industryplans.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the contract forbids is refused, and the refusal speaks the contract's words: an enum sent
 * as a number, half a surrogate pair, text over its {@code maxLength} counted in characters; and no
 * problem names a Java class, a parser token, a feature flag or an SQLSTATE.
 */
@QuarkusTest
class StrictInputTest extends ApiTest {

    private static Map<String, Object> plan(Object title) {
        Map<String, Object> body = TestPlans.planBody("strict-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("title", title);
        return body;
    }

    private static Response post(String body) {
        return invalid().header("Authorization", "Bearer " + TestTokens.editor()).contentType(ContentType.JSON)
                .body(body).post("/api/v1/plans");
    }

    @Test
    void anEnumSentAsANumberIsRefusedNotReadAsItsFirstName() {
        String before = TestDatabase.fingerprint();
        String body = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(plan("番号の種別"))
                .toString().replace("\"INDUSTRIAL_PROMOTION_PLAN\"", "0");
        post(body).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("must be one of REGIONAL_INDUSTRY_REVITALIZATION"));
        assertEquals(before, TestDatabase.fingerprint());
    }

    @Test
    void halfASurrogatePairIsRefusedAndAWholeOneIsKept() {
        String before = TestDatabase.fingerprint();
        String key = "strict-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "{\"key\":\"" + key + "\",\"municipalityCode\":\"131067\",\"kind\":\"INDUSTRIAL_PROMOTION_PLAN\","
                + "\"periodStart\":2024,\"periodEnd\":2026,\"title\":";
        for (String lone : new String[] {"\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d x\"", "\"\\ud83d\\u0041\"", "\"\\ud83d\""}) {
            post(base + lone + "}").then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("surrogate"));
        }
        assertEquals(before, TestDatabase.fingerprint(), "nothing stored, not even as ?");
        String id = post(base + "\"\\ud83d\\ude00 計画\"}").then().statusCode(201).extract().path("id");
        json(editor()).get("/api/v1/plans/" + id).then().body("title", equalTo("😀 計画"));
        TestPlans.deletePlan(id);
    }

    @Test
    void maxLengthCountsCharactersNotUtf16Units() {
        String emoji = "😀".repeat(500);
        String id = as(TestTokens.editor()).contentType(ContentType.JSON).body(plan(emoji)).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        json(editor()).get("/api/v1/plans/" + id).then().body("title", equalTo(emoji));
        TestPlans.deletePlan(id);
        invalid().header("Authorization", "Bearer " + TestTokens.editor()).contentType(ContentType.JSON)
                .body(plan(emoji + "😀")).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
    }

    static Stream<Arguments> unreadableBodies() {
        String valid = "{\"key\":\"wording\",\"municipalityCode\":\"131067\",\"kind\":\"INDUSTRIAL_PROMOTION_PLAN\","
                + "\"title\":\"x\",\"periodStart\":2024,\"periodEnd\":2026}";
        return Stream.of(
                Arguments.of("an array", "[" + valid + "]", null, "The body must be an object."),
                Arguments.of("a string", "\"plan\"", null, "The body must be an object."),
                Arguments.of("two documents", valid + valid, null, "The body must hold exactly one JSON value, but something follows it."),
                Arguments.of("a syntax error", "{\"title\" \"x\"}", null, "The body is not well-formed JSON (line 1, column "),
                Arguments.of("cut short", "{\"title\":", null, "The body ends before its JSON value is complete."),
                Arguments.of("text for a number", valid.replace("2024", "\"2024\""), "periodStart", "must be an integer"),
                Arguments.of("a number for text", valid.replace("\"x\"", "42"), "title", "must be a string"),
                Arguments.of("an object for text", valid.replace("\"x\"", "{\"ja\":\"x\"}"), "title", "must be a string"),
                Arguments.of("a year beyond int", valid.replace("2024", "2147483648"), "periodStart",
                        "is too large or too small for an integer"),
                Arguments.of("an unknown field", valid.replace("{", "{\"colour\":1,"), "colour", "is not a property of this body"),
                Arguments.of("a list for an object", valid.replace("}", ",\"source\":[1]}"), "source", "must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void anUnreadableBodyIsToldInTheContractsWords(String what, String body, String field, String message) {
        Response r = post(body);
        r.then().statusCode(400).contentType("application/problem+json");
        if (field == null) {
            r.then().body("detail", startsWith(message));
        } else {
            r.then().body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(message));
        }
        assertFalse(jp.industryplans.ProblemText.INTERNALS.matcher(r.asString()).find(), what + " leaks internals: " + r.asString());
    }

    @Test
    void aTextTheDatabaseCannotHoldIsToldWithoutAnSqlState() {
        // NUL is refused while the body is read, before it could reach PostgreSQL (22021).
        Response r = post("{\"key\":\"nul\",\"municipalityCode\":\"131067\",\"kind\":\"INDUSTRIAL_PROMOTION_PLAN\","
                + "\"title\":\"a\\u0000b\",\"periodStart\":2024,\"periodEnd\":2026}");
        r.then().statusCode(400).body(not(containsString("22021")));
        assertFalse(jp.industryplans.ProblemText.INTERNALS.matcher(r.asString()).find(), r.asString());
    }
}
