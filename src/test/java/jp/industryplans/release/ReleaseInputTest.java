package jp.industryplans.release;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.ApiTest;
import jp.industryplans.TestDatabase;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 公表 — what a publisher or a caller sends wrong to the release operations, and what they hear back. */
@QuarkusTest
class ReleaseInputTest extends ApiTest {

    private String plan;

    @BeforeEach
    void draft() {
        plan = json(editor()).body(TestPlans.planBody("release-input-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void cleanUp() {
        if (plan != null) {
            admin().delete("/api/v1/plans/" + plan).then().statusCode(204);
        }
    }

    private String releases() {
        return "/api/v1/plans/" + plan + "/releases";
    }

    @Test
    void oneAnswerNamesEveryFaultyFieldAndNothingIsPublished() {
        String before = TestDatabase.fingerprint();
        for (String date : List.of("2022-02-30", "令和4年4月1日", "2022/10/01", "R4")) {
            invalid(as(ReleaseVisibilityTest.publisher())).contentType(ContentType.JSON)
                    .body(Map.of("publishedOn", date)).post(releases()).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("label", "publishedOn"));
        }
        assertEquals(before, TestDatabase.fingerprint(), "a refused publication writes nothing");
    }

    @Test
    void nullOptionalMembersMeanAbsent() {
        Map<String, Object> body = new HashMap<>();
        body.put("label", "初回");
        body.put("publisher", null);
        body.put("publishedOn", null);
        body.put("note", null);
        json(as(ReleaseVisibilityTest.publisher())).body(body).post(releases()).then().statusCode(201)
                .body("sequence", equalTo(1)).body("publishedOn", equalTo(AsOfDate.today().toString()))
                .body("publisher", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void aDiffNamesBothFaultyNumbers() {
        invalid().get(releases() + "/x/diff?from=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("sequence", "from"));
    }

    @Test
    void aMethodTheContractDoesNotServeIs405WithAllow() {
        json(as(ReleaseVisibilityTest.publisher())).body(Map.of("label", "初回")).post(releases()).then()
                .statusCode(201);
        for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
            for (String path : List.of(releases() + "/1", releases() + "/1/diff")) {
                invalid(raw(admin())).contentType(ContentType.JSON).body("{}").request(method, path).then()
                        .statusCode(405).contentType("application/problem+json")
                        .header("Allow", containsString("GET")).header("Allow", containsString("HEAD"));
            }
        }
        invalid(raw(admin())).request("DELETE", releases()).then().statusCode(405)
                .header("Allow", containsString("POST"));
        // A path the contract does not know stays 404.
        invalid().get(releases() + "/1/unknown").then().statusCode(404);
    }
}
