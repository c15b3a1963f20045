package jp.industryplans.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.ContractValidationFilter;
import jp.industryplans.TestPlans;
import jp.industryplans.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What a generated client sends and reads (openapi-generator's Java {@code native} client sends
 * {@code Accept: application/problem+json} to operations whose success has no body, and decodes
 * error bodies with the platform charset, MS932 on Japanese Windows).
 */
@QuarkusTest
class GeneratedClientHeadersTest extends ApiTest {

    private static final String PROBLEM_ONLY = "application/problem+json";

    @Test
    void aBodilessDeleteDoesNotDependOnAcceptAndItsFailuresStayReachable() {
        String id = TestPlans.createPlan();
        String path = "/api/v1/plans/" + id;
        String etag = editor().get(path).then().statusCode(200).extract().header("ETag");

        anonymous().header(ContractValidationFilter.INVALID_REQUEST, "true") // no token, on purpose
                .header("Accept", PROBLEM_ONLY).header("If-Match", etag).delete(path)
                .then().statusCode(401).contentType(startsWith(PROBLEM_ONLY));
        editor().header("Accept", PROBLEM_ONLY).header("If-Match", etag).delete(path)
                .then().statusCode(403).contentType(startsWith(PROBLEM_ONLY));
        raw().header(ContractValidationFilter.INVALID_REQUEST, "true") // no If-Match, on purpose
                .header("Authorization", "Bearer " + TestTokens.admin()).header("Accept", PROBLEM_ONLY).delete(path)
                .then().statusCode(428).contentType(startsWith(PROBLEM_ONLY));
        admin().header("Accept", PROBLEM_ONLY).header("If-Match", "\"stale\"").delete(path)
                .then().statusCode(412).contentType(startsWith(PROBLEM_ONLY));
        admin().header("Accept", PROBLEM_ONLY).header("If-Match", etag).delete(path).then().statusCode(204);
        anonymous().get(path).then().statusCode(404);
    }

    @Test
    void aWriteWithABodyAnswersJsonWhateverItAccepts() {
        String id = TestPlans.createPlan();
        String path = "/api/v1/plans/" + id;
        String etag = editor().get(path).then().statusCode(200).extract().header("ETag");
        editor().header("Accept", PROBLEM_ONLY).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("summary", "受入れ形式を問わない")).patch(path)
                .then().statusCode(200).contentType(startsWith("application/json")).body("summary", equalTo("受入れ形式を問わない"));
        TestPlans.deletePlan(id);
    }

    @Test
    void jsonAndProblemAnswersSayUtf8() {
        anonymous().get("/api/v1/plans").then().statusCode(200).contentType(equalTo("application/json;charset=UTF-8"));
        anonymous().get("/api/v1/plans/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType(equalTo("application/problem+json;charset=UTF-8"));
    }

    @Test
    void aJapaneseProblemDetailIsWrittenInAsciiAndReadsBackIntact() {
        Response r = invalid().get("/api/v1/plans?fiscalYear=令和百年度");
        assertEquals(400, r.statusCode());
        byte[] body = r.asByteArray();
        for (byte b : body) {
            assertTrue(b >= 0, "every byte of a problem body is ASCII: " + new String(body, StandardCharsets.UTF_8));
        }
        // Decoded as MS932 would decode it, the JSON still reads the same Japanese text.
        String asMs932 = new String(body, java.nio.charset.Charset.forName("MS932"));
        String detail = JsonPath.from(asMs932).getString("errors[0].message") + JsonPath.from(asMs932).getString("detail");
        assertTrue(detail.contains("令和百年度"), detail);
    }

    @Test
    void japaneseDataIsWrittenInAsciiAndReadsBackIntactUnderMs932() {
        Response r = anonymous().get("/api/v1/plans?municipality=131067&fiscalYear=令和3年度");
        assertEquals(200, r.statusCode());
        byte[] body = r.asByteArray();
        for (byte b : body) {
            assertTrue(b >= 0, "every byte of a JSON answer is ASCII");
        }
        String asMs932 = new String(body, java.nio.charset.Charset.forName("MS932"));
        assertTrue(JsonPath.from(asMs932).getList("items.municipalityName").contains("台東区"), asMs932);
    }

    @Test
    void anEtagSentWithoutItsQuotesIsRefusedSayingSo() {
        String id = TestPlans.createPlan();
        String path = "/api/v1/plans/" + id;
        String etag = editor().get(path).then().statusCode(200).extract().header("ETag");
        String unquoted = etag.substring(1, etag.length() - 1);
        editor().header("If-Match", unquoted).contentType("application/merge-patch+json")
                .body(Map.of("summary", "x")).patch(path)
                .then().statusCode(400).body("type", equalTo("https://industry-plans.example.jp/problems/etag-not-quoted"))
                .body("detail", org.hamcrest.Matchers.containsString("double quotes"));
        editor().get(path).then().header("ETag", equalTo(etag));
        TestPlans.deletePlan(id);
    }
}
