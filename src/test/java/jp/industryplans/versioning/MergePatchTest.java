package jp.industryplans.versioning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

/** PATCH with application/merge-patch+json: change some fields, keep the rest. */
@QuarkusTest
class MergePatchTest extends ApiTest {

    private static RequestSpecification patch() {
        return admin().contentType("application/merge-patch+json").accept("application/json");
    }

    @Test
    void changesOnlyTheMembersItNamesAndNullRemoves() {
        String plan = TestPlans.createPlan();
        String path = "/api/v1/plans/" + plan;
        String title = json(editor()).get(path).path("title");
        patch().body(Map.of("summary", "改訂した概要", "visionStatements", List.of("ビジョン一", "ビジョン二")))
                .patch(path).then().statusCode(200)
                .body("summary", equalTo("改訂した概要"))
                .body("visionStatements", equalTo(List.of("ビジョン一", "ビジョン二")))
                .body("periodStart", equalTo(2024))
                .body("periodLabel", equalTo("令和６年度～令和８年度"));
        patch().body("{\"summary\": null, \"edition\": 2}").patch(path).then().statusCode(200)
                .body("summary", nullValue()).body("edition", equalTo(2));
        json(editor()).get(path).then().body("summary", nullValue()).body("edition", equalTo(2))
                .body("title", equalTo(title));
        TestPlans.deletePlan(plan);
    }

    @Test
    void theResultMustBeAValidRecord() {
        String plan = TestPlans.createPlan();
        String path = "/api/v1/plans/" + plan;
        String etag = json(editor()).get(path).header("ETag");
        // The contract says so too (PlanPatch.title is not nullable): sent anyway, it is refused.
        invalid(admin()).contentType("application/merge-patch+json").body("{\"title\": null}").patch(path).then().statusCode(400)
                .body("errors.field", hasItem("title"));
        patch().body("{\"periodEnd\": 2000}").patch(path).then().statusCode(400)
                .body("errors.field", hasItem("periodEnd"));
        invalid(admin()).contentType("application/merge-patch+json").body("{\"colour\": \"red\"}").patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("unknown property"));
        invalid(admin()).contentType("application/merge-patch+json").body("[1, 2]").patch(path).then().statusCode(400);
        invalid(admin()).contentType("application/merge-patch+json").body("{\"periodStart\": \"soon\"}").patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("periodStart"));
        patch().body("{\"key\": \"another-key\"}").patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("key"));
        invalid(admin()).contentType("application/json").body("{\"summary\": \"x\"}").patch(path).then().statusCode(415)
                .contentType("application/problem+json");
        json(editor()).get(path).then().header("ETag", equalTo(etag));
        TestPlans.deletePlan(plan);
    }

    @Test
    void patchesInitiativesIndicatorsAndEvaluations() {
        String plan = TestPlans.createPlan();
        String initiative = TestPlans.createInitiative(plan, null, "p1", "柱一");
        String indicator = TestPlans.createIndicator(plan, initiative, "k1");
        patch().body(Map.of("themes", List.of("startups"), "sortOrder", 3))
                .patch("/api/v1/initiatives/" + initiative).then().statusCode(200)
                .body("themes", equalTo(List.of("startups"))).body("title", equalTo("柱一"))
                .body("sortOrder", equalTo(3));
        patch().body(Map.of("unit", "社")).patch("/api/v1/indicators/" + indicator).then().statusCode(200)
                .body("unit", equalTo("社")).body("name", equalTo("創業支援件数"));
        String evaluation = json(admin()).body(Map.of("key", "e1", "planId", plan, "evaluator", "SELF",
                        "periodStart", 2024, "periodEnd", 2024))
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id");
        patch().body(Map.of("ratingNote", "概ね順調")).patch("/api/v1/evaluations/" + evaluation)
                .then().statusCode(200).body("ratingNote", equalTo("概ね順調")).body("periodStart", equalTo(2024));
        TestPlans.deletePlan(plan);
    }
}
