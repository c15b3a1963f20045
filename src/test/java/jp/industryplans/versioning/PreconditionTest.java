package jp.industryplans.versioning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.ReadBeforeWriteFilter;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

/** Writes say which version they change: If-Match, 428 without it, 412 when it is stale. */
@QuarkusTest
class PreconditionTest extends ApiTest {

    private static final String PROBLEMS = "https://industry-plans.example.jp/problems/";

    private static String etag(String path) {
        return json(editor()).get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
    }

    @Test
    void aWriteWithoutIfMatchIs428AndNothingChanges() {
        String plan = TestPlans.createPlan();
        String path = "/api/v1/plans/" + plan;
        String before = etag(path);
        Map<String, Object> body = TestPlans.planBody(null);
        body.remove("key");
        body.put("title", "上書きされてはならない");
        invalid(admin()).header(ReadBeforeWriteFilter.RAW, "true").contentType("application/json").body(body).put(path)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        invalid(admin()).header(ReadBeforeWriteFilter.RAW, "true").delete(path).then().statusCode(428);
        invalid(admin()).header(ReadBeforeWriteFilter.RAW, "true").contentType("application/merge-patch+json")
                .body("{\"summary\":\"x\"}").patch(path).then().statusCode(428);
        assertEquals(before, etag(path));
        json(editor()).get(path).then().body("title", not(equalTo("上書きされてはならない")));
        TestPlans.deletePlan(plan);
    }

    @Test
    void aStaleTagIs412AndTheCurrentOneWins() {
        String plan = TestPlans.createPlan();
        String path = "/api/v1/plans/" + plan;
        String first = etag(path);
        Map<String, Object> body = TestPlans.planBody(null);
        body.remove("key");
        body.put("title", "第一の更新");
        String second = json(admin()).header("If-Match", first).body(body).put(path)
                .then().statusCode(200).body("title", equalTo("第一の更新"))
                .extract().header("ETag");
        assertNotEquals(first, second);
        assertEquals(second, etag(path), "the ETag a write answers is the one a GET then shows");

        body.put("title", "古い版からの更新");
        json(admin()).header("If-Match", first).body(body).put(path)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        json(admin()).header("If-Match", first).delete(path).then().statusCode(412);
        json(editor()).get(path).then().body("title", equalTo("第一の更新"));

        // A list of tags matches when one of them is current; * matches any version.
        body.put("title", "第二の更新");
        json(admin()).header("If-Match", first + ", " + second).body(body).put(path).then().statusCode(200);
        admin().header("If-Match", "*").delete(path).then().statusCode(204);
        admin().header("If-Match", "*").delete(path).then().statusCode(404);
    }

    @Test
    void aChangeInsideAPlanMakesItsTagStale() {
        String plan = TestPlans.createPlan();
        String path = "/api/v1/plans/" + plan;
        String before = etag(path);
        TestPlans.createInitiative(plan, null, "p1", "柱一");
        String after = etag(path);
        assertNotEquals(before, after, "the plan's detail shows its initiatives, so its version moved");
        json(editor()).header("If-None-Match", after).get(path).then().statusCode(304);
        json(admin()).header("If-Match", before).delete(path).then().statusCode(412);
        json(admin()).header("If-Match", after).delete(path).then().statusCode(204);
    }

    @Test
    void everyRecordAnswersItsOwnTagAnd304() {
        String plan = TestPlans.createPlan();
        String initiative = TestPlans.createInitiative(plan, null, "p1", "柱一");
        String indicator = TestPlans.createIndicator(plan, initiative, "k1");
        String value = "/api/v1/indicators/" + indicator + "/values/2024/TARGET";
        String created = json(admin()).header("If-None-Match", "*").body(Map.of("value", 10)).put(value)
                .then().statusCode(201).header("ETag", notNullValue()).extract().header("ETag");
        assertEquals(created, etag(value));
        for (String path : new String[] {"/api/v1/initiatives/" + initiative, "/api/v1/indicators/" + indicator,
                value}) {
            String tag = etag(path);
            json(editor()).header("If-None-Match", tag).get(path).then().statusCode(304).header("ETag", equalTo(tag));
        }
        // An indicator's representation holds its values: a value write moves the indicator's tag.
        String indicatorBefore = etag("/api/v1/indicators/" + indicator);
        json(admin()).header("If-Match", created).body(Map.of("value", 12)).put(value).then().statusCode(200)
                .body("value", equalTo(12));
        assertNotEquals(indicatorBefore, etag("/api/v1/indicators/" + indicator));
        TestPlans.deletePlan(plan);
    }

    @Test
    void aValueIsCreatedWithIfNoneMatchAndReplacedWithIfMatch() {
        String plan = TestPlans.createPlan();
        String indicator = TestPlans.createIndicator(plan, null, "k1");
        String value = "/api/v1/indicators/" + indicator + "/values/R6/ACTUAL";
        invalid(admin()).header(ReadBeforeWriteFilter.RAW, "true").contentType("application/json")
                .body(Map.of("value", 1)).put(value).then().statusCode(428);
        json(admin()).header("If-None-Match", "*").body(Map.of("value", 1)).put(value).then().statusCode(201);
        // A second create of the same cell must not silently replace the first.
        json(admin()).header("If-None-Match", "*").body(Map.of("value", 2)).put(value).then().statusCode(412);
        json(admin()).header("If-Match", "\"not-the-tag\"").body(Map.of("value", 3)).put(value).then().statusCode(412);
        json(editor()).get(value).then().statusCode(200).body("value", equalTo(1));
        invalid(admin()).header(ReadBeforeWriteFilter.RAW, "true").delete(value).then().statusCode(428);
        TestPlans.deletePlan(plan);
    }

    @Test
    void aStaleIfMatchFailsEvenBesideIfNoneMatchStar() {
        String plan = TestPlans.createPlan();
        String indicator = TestPlans.createIndicator(plan, null, "k1");
        String value = "/api/v1/indicators/" + indicator + "/values/2025/TARGET";
        String before = jp.industryplans.TestDatabase.fingerprint();
        // RFC 9110 §13.2.2: If-Match is evaluated first; a tag that matches nothing fails.
        json(admin()).header(ReadBeforeWriteFilter.RAW, "true").header("If-Match", "\"stale\"").header("If-None-Match", "*")
                .body(Map.of("value", 7)).put(value).then().statusCode(412);
        assertEquals(before, jp.industryplans.TestDatabase.fingerprint(), "the value was not created");
        json(editor()).get(value).then().statusCode(404);
        String created = json(admin()).header("If-None-Match", "*").body(Map.of("value", 7)).put(value)
                .then().statusCode(201).extract().header("ETag");
        // A current If-Match beside If-None-Match: * still fails: the value exists.
        json(admin()).header(ReadBeforeWriteFilter.RAW, "true").header("If-Match", created).header("If-None-Match", "*")
                .body(Map.of("value", 8)).put(value).then().statusCode(412);
        json(editor()).get(value).then().body("value", equalTo(7));
        TestPlans.deletePlan(plan);
    }
}
