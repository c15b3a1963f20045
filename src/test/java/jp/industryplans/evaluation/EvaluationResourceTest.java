package jp.industryplans.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationResourceTest extends ApiTest {

    @Test
    void createReplaceFilterDelete() {
        String plan = TestPlans.createPlan();
        String measure = TestPlans.createInitiative(plan, null, "m1", "施策");
        Map<String, Object> body = TestPlans.evaluationBody(plan, measure);
        String id = json(admin()).body(body).post("/api/v1/evaluations")
                .then().statusCode(201)
                .body("rating", equalTo("Ａ"))
                .body("scale[1].label", equalTo("概ね順調である"))
                .extract().path("id");
        json(admin()).body(body).post("/api/v1/evaluations").then().statusCode(409);

        body.put("rating", "Ｂ");
        json(admin()).body(body).put("/api/v1/evaluations/" + id).then().statusCode(200).body("rating", equalTo("Ｂ"));
        json(editor()).get("/api/v1/evaluations?initiative=" + measure)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        json(editor()).get("/api/v1/plans/" + plan).then().statusCode(200).body("evaluations[0].rating", equalTo("Ｂ"));
        json(admin()).delete("/api/v1/evaluations/" + id).then().statusCode(204);
        json(editor()).get("/api/v1/evaluations/" + id).then().statusCode(404);
        TestPlans.deletePlan(plan);
    }

    @Test
    void aRatingOutsideTheScaleAndABackwardPeriodAreRejected() {
        String plan = TestPlans.createPlan();
        Map<String, Object> body = TestPlans.evaluationBody(plan, null);
        body.put("rating", "Ｓ");
        body.put("periodStart", 2025);
        json(admin()).body(body).post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("rating", "periodEnd"));
        TestPlans.deletePlan(plan);
    }
}
