package jp.industryplans.initiative;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InitiativeResourceTest extends ApiTest {

    @Test
    void buildsATreeThatThePlanDetailShows() {
        String plan = TestPlans.createPlan();
        String pillar = TestPlans.createInitiative(plan, null, "p1", "事業承継支援");
        String project = TestPlans.createInitiative(plan, pillar, "p1-1", "後継者塾");

        json(editor()).get("/api/v1/initiatives/" + project)
                .then().statusCode(200)
                .body("parentId", equalTo(pillar))
                .body("planId", equalTo(plan))
                .body("key", equalTo("p1-1"));
        json(editor()).get("/api/v1/plans/" + plan)
                .then().statusCode(200)
                .body("initiatives", hasSize(1))
                .body("initiatives[0].title", equalTo("事業承継支援"))
                .body("initiatives[0].children[0].title", equalTo("後継者塾"))
                .body("initiatives[0].children[0].children", hasSize(0));
        json(editor()).get("/api/v1/plans/" + plan + "/initiatives")
                .then().statusCode(200)
                .body("total", equalTo(2));
        json(editor()).get("/api/v1/initiatives?plan=" + plan + "&sort=title")
                .then().statusCode(200)
                .body("items.title", equalTo(List.of("事業承継支援", "後継者塾")));
        TestPlans.deletePlan(plan);
        json(editor()).get("/api/v1/initiatives/" + project).then().statusCode(404);
    }

    @Test
    void filtersByMunicipality() {
        json(editor()).get("/api/v1/initiatives?municipality=131091&size=200")
                .then().statusCode(200)
                .body("total", greaterThan(4))
                .body("items.title", hasItem("事業承継支援"));
    }

    @Test
    void replaceKeepsThePlaceInTheTree() {
        String plan = TestPlans.createPlan();
        String pillar = TestPlans.createInitiative(plan, null, "p1", "販路拡大");
        Map<String, Object> body = new HashMap<>();
        body.put("planId", plan);
        body.put("kind", "PILLAR");
        body.put("title", "販路拡大支援");
        body.put("themes", List.of("market-expansion"));
        json(admin()).body(body).put("/api/v1/initiatives/" + pillar)
                .then().statusCode(200)
                .body("title", equalTo("販路拡大支援"))
                .body("themes", equalTo(List.of("market-expansion")));

        String other = TestPlans.createInitiative(plan, null, "p2", "人材");
        body.put("parentId", other);
        json(admin()).body(body).put("/api/v1/initiatives/" + pillar)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("parentId"));
        TestPlans.deletePlan(plan);
    }

    @Test
    void rejectsBadInput() {
        String plan = TestPlans.createPlan();
        TestPlans.createInitiative(plan, null, "p1", "重複");
        Map<String, Object> body = new HashMap<>();
        body.put("planId", plan);
        body.put("key", "p1");
        body.put("kind", "PILLAR");
        body.put("title", "重複");
        json(admin()).body(body).post("/api/v1/initiatives")
                .then().statusCode(409).contentType("application/problem+json");

        body.put("key", "Not A Slug");
        body.put("title", "");
        body.put("kind", null);
        invalid(admin()).contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", everyItem(org.hamcrest.Matchers.in(List.of("key", "title", "kind"))))
                .body("errors", hasSize(3));

        body.put("key", "p9");
        body.put("title", "存在しない計画");
        body.put("kind", "PILLAR");
        body.put("planId", "00000000-0000-5000-8000-000000000000");
        json(admin()).body(body).post("/api/v1/initiatives")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("planId"));
        invalid(admin()).contentType(ContentType.JSON).body("{\"planId\": 5, \"kind\": \"ROOT\"}").post("/api/v1/initiatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("planId"))
                .body("errors[0].message", containsString("must be a UUID"));
        TestPlans.deletePlan(plan);
    }

    @Test
    void anEnumMustBeOneOfItsNamesExactly() {
        String plan = TestPlans.createPlan();
        for (String kind : new String[] {"PILLAR ", " PILLAR", "pillar", ""}) {
            invalid(admin()).contentType("application/json")
                    .body(java.util.Map.of("planId", plan, "kind", kind, "title", "柱"))
                    .post("/api/v1/initiatives")
                    .then().statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("kind"));
        }
        TestPlans.deletePlan(plan);
    }
}
