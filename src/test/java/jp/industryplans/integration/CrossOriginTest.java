package jp.industryplans.integration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.ContractValidationFilter;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * CORS for dashboards on other origins: reads from anywhere, writes only from the origins the
 * operator lists ({@code industryplans.cors.write-origins}).
 */
@QuarkusTest
@TestProfile(CrossOriginTest.OneWritingOrigin.class)
class CrossOriginTest extends ApiTest {

    static final String WRITER = "https://dashboard.city.example.jp";
    static final String READER = "http://127.0.0.1:9999";

    public static class OneWritingOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("industryplans.cors.write-origins", WRITER + ", https://other.example.jp");
        }
    }

    /** Preflights are not operations of the contract. */
    private static RequestSpecification preflight(String origin, String method, String headers) {
        RequestSpecification r = anonymous().noFiltersOfType(ContractValidationFilter.class)
                .header("Origin", origin).header("Access-Control-Request-Method", method);
        return headers == null ? r : r.header("Access-Control-Request-Headers", headers);
    }

    @Test
    void anyOriginReadsWithTheHeadersAClientNeedsExposed() {
        anonymous().header("Origin", READER).get("/api/v1/plans?size=1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
        preflight(READER, "GET", "if-none-match").options("/api/v1/plans").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
    }

    @Test
    void anUnlistedOriginCannotWrite() {
        preflight(READER, "PATCH", "authorization,content-type,if-match").options("/api/v1/plans/" + java.util.UUID.randomUUID())
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue())
                .contentType(containsString("application/problem+json"));
        preflight(READER, "DELETE", "authorization,if-match").options("/api/v1/plans/" + java.util.UUID.randomUUID())
                .then().statusCode(403).header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void aListedOriginWritesAfterItsPreflight() {
        preflight(WRITER, "PATCH", "authorization,content-type,if-match").options("/api/v1/plans/" + java.util.UUID.randomUUID())
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(WRITER))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Methods", containsString("DELETE"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Max-Age", equalTo("600"))
                .header("Vary", containsString("Origin"));
        String id = TestPlans.createPlan();
        String etag = editor().get("/api/v1/plans/" + id).then().extract().header("ETag");
        editor().header("Origin", WRITER).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("summary", "ダッシュボードから")).patch("/api/v1/plans/" + id).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(WRITER))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        TestPlans.deletePlan(id);
    }
}
