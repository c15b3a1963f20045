package jp.industryplans.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.ApiTest;
import jp.industryplans.TestDatabase;
import jp.industryplans.TestPlans;
import jp.industryplans.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 計画の版 — a plan names the plan it succeeds (its earlier edition); both show the link, a
 * lineage lists its editions oldest first, a lineage never loops or forks, deleting an edition
 * leaves its successor without a predecessor, and callers without a role see only released links.
 */
@QuarkusTest
class PlanEditionsTest extends ApiTest {

    private String tag;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void name() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void cleanUp() {
        // Latest editions first, so no delete changes a plan still to be deleted.
        for (int i = created.size() - 1; i >= 0; i--) {
            admin().delete("/api/v1/plans/" + created.get(i));
        }
        created.clear();
    }

    /** A plan of the given first fiscal year, succeeding {@code predecessor} (null: none). */
    private String plan(int periodStart, String predecessor) {
        Map<String, Object> body = TestPlans.planBody("ed-" + tag + "-" + periodStart);
        body.put("periodStart", periodStart);
        body.put("periodEnd", periodStart + 2);
        if (predecessor != null) {
            body.put("predecessorId", predecessor);
        }
        String id = json(editor()).body(body).post("/api/v1/plans").then().statusCode(201)
                .body("predecessorId", equalTo(predecessor)).body("successorId", nullValue())
                .extract().path("id");
        created.add(id);
        return id;
    }

    private static RequestSpecification patch() {
        return editor().contentType("application/merge-patch+json").accept("application/json");
    }

    private static Map<String, Object> predecessor(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("predecessorId", id);
        return body;
    }

    @Test
    void aSuccessorNamesItsPredecessorAndEachPlanShowsTheOther() {
        String first = plan(2018, null);
        String second = plan(2021, first);

        json(editor()).get("/api/v1/plans/" + second).then().statusCode(200)
                .body("predecessorId", equalTo(first)).body("successorId", nullValue());
        json(editor()).get("/api/v1/plans/" + first).then().statusCode(200)
                .body("predecessorId", nullValue()).body("successorId", equalTo(second));
        json(editor()).get("/api/v1/plans?kind=INDUSTRIAL_PROMOTION_PLAN&size=200").then().statusCode(200)
                .body("items.find { it.id == '" + first + "' }.successorId", equalTo(second))
                .body("items.find { it.id == '" + second + "' }.predecessorId", equalTo(first));
    }

    @Test
    void aMergePatchLinksAndNullUnlinks() {
        String first = plan(2018, null);
        String second = plan(2021, null);
        patch().body(predecessor(first)).patch("/api/v1/plans/" + second).then().statusCode(200)
                .body("predecessorId", equalTo(first));
        json(editor()).get("/api/v1/plans/" + first).then().body("successorId", equalTo(second));
        // Other edits keep the link.
        patch().body(Map.of("summary", "改訂 " + tag)).patch("/api/v1/plans/" + second).then().statusCode(200)
                .body("predecessorId", equalTo(first));
        patch().body(predecessor(null)).patch("/api/v1/plans/" + second).then().statusCode(200)
                .body("predecessorId", nullValue());
        json(editor()).get("/api/v1/plans/" + first).then().body("successorId", nullValue());
    }

    @Test
    void aLineageListsEveryEditionOldestFirst() {
        String first = plan(2015, null);
        String second = plan(2018, first);
        String third = plan(2021, second);
        String unrelated = plan(2024, null);
        for (String member : List.of(first, second, third)) {
            json(editor()).get("/api/v1/plans?lineage=" + member).then().statusCode(200)
                    .body("total", equalTo(3)).body("items.id", contains(first, second, third))
                    .body("items.title", contains(containsString(tag + "-2015"), containsString(tag + "-2018"),
                            containsString(tag + "-2021")));
        }
        // Paged in the lineage's order; an explicit sort wins; other filters narrow it.
        json(editor()).get("/api/v1/plans?lineage=" + third + "&size=2&page=1").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains(third));
        json(editor()).get("/api/v1/plans?lineage=" + first + "&sort=-periodStart").then().statusCode(200)
                .body("items.id", contains(third, second, first));
        json(editor()).get("/api/v1/plans?lineage=" + first + "&fiscalYear=2019").then().statusCode(200)
                .body("items.id", contains(second));
        json(editor()).get("/api/v1/plans?lineage=" + unrelated).then().statusCode(200)
                .body("items.id", contains(unrelated));
        json(editor()).get("/api/v1/plans?lineage=" + UUID.randomUUID()).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aBadLineageIsA400NamingIt() {
        for (String bad : List.of("not-a-uuid", "1-1-1-1-1", "")) {
            invalid(editor()).get("/api/v1/plans?lineage=" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("lineage"));
        }
    }

    @Test
    void aPlanCannotSucceedItself() {
        String first = plan(2018, null);
        String before = TestDatabase.fingerprint();
        patch().body(predecessor(first)).patch("/api/v1/plans/" + first).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("predecessorId"));
        assertEquals(before, TestDatabase.fingerprint(), "a refused link stores nothing");
    }

    @Test
    void aLoopIsRefused() {
        String first = plan(2015, null);
        String second = plan(2018, first);
        String third = plan(2021, second);
        String before = TestDatabase.fingerprint();
        for (String later : List.of(second, third)) {
            patch().body(predecessor(later)).patch("/api/v1/plans/" + first).then().statusCode(409)
                    .contentType("application/problem+json").body("errors.field", hasItem("predecessorId"))
                    .body("detail", containsString("loop"));
        }
        assertEquals(before, TestDatabase.fingerprint(), "a refused link stores nothing");
        json(editor()).get("/api/v1/plans/" + first).then().body("predecessorId", nullValue());
    }

    @Test
    void aPlanHasAtMostOneSuccessor() {
        String first = plan(2018, null);
        String second = plan(2021, first);
        String rival = plan(2022, null);
        String before = TestDatabase.fingerprint();
        patch().body(predecessor(first)).patch("/api/v1/plans/" + rival).then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItem("predecessorId"))
                .body("detail", containsString(second));
        Map<String, Object> body = TestPlans.planBody("ed-" + tag + "-rival");
        body.put("predecessorId", first);
        json(editor()).body(body).post("/api/v1/plans").then().statusCode(409)
                .body("errors.field", hasItem("predecessorId"));
        assertEquals(before, TestDatabase.fingerprint(), "a refused link stores nothing");
        // Naming it again from the successor itself is no change and no conflict.
        patch().body(predecessor(first)).patch("/api/v1/plans/" + second).then().statusCode(200);
    }

    @Test
    void anUnknownPredecessorIsA400NamingIt() {
        String first = plan(2018, null);
        String before = TestDatabase.fingerprint();
        patch().body(predecessor(UUID.randomUUID().toString())).patch("/api/v1/plans/" + first).then()
                .statusCode(400).body("errors.field", hasItem("predecessorId"));
        invalid(editor()).contentType("application/merge-patch+json").body(predecessor("第１次"))
                .patch("/api/v1/plans/" + first).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("predecessorId"));
        assertEquals(before, TestDatabase.fingerprint(), "a refused link stores nothing");
    }

    @Test
    void deletingAPredecessorLeavesItsSuccessorWithout() {
        String first = plan(2018, null);
        String second = plan(2021, first);
        admin().delete("/api/v1/plans/" + first).then().statusCode(204);
        created.remove(first);
        json(editor()).get("/api/v1/plans/" + second).then().statusCode(200).body("predecessorId", nullValue());
        json(editor()).get("/api/v1/plans?lineage=" + second).then().body("items.id", contains(second));
    }

    /** Bundles carry no lineage: importing a plan again keeps the predecessor an editor gave it. */
    @Test
    void aReimportKeepsTheLink() {
        String first = plan(2018, null);
        Map<String, Object> bundled = new HashMap<>(Map.of("key", "ed-" + tag + "-import", "municipalityCode", "131067",
                "kind", "INDUSTRIAL_PROMOTION_PLAN", "title", "取込 " + tag, "periodStart", 2024, "periodEnd", 2026,
                "summary", "初版"));
        json(admin()).body(Map.of("plans", List.of(bundled))).post("/api/v1/imports").then().statusCode(200)
                .body("plans.created", equalTo(1));
        String second = json(editor()).get("/api/v1/plans?q=取込 " + tag).then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        created.add(second);
        patch().body(predecessor(first)).patch("/api/v1/plans/" + second).then().statusCode(200);
        bundled.put("summary", "第二版");
        json(admin()).body(Map.of("plans", List.of(bundled))).post("/api/v1/imports").then().statusCode(200)
                .body("plans.updated", equalTo(1));
        json(editor()).get("/api/v1/plans/" + second).then().body("summary", equalTo("第二版"))
                .body("predecessorId", equalTo(first));
        json(editor()).get("/api/v1/plans/" + first).then().body("successorId", equalTo(second));
    }

    /** The cached detail and the ETag of a plan change when another plan starts or stops naming it. */
    @Test
    void linkingASuccessorChangesThePredecessorsAnswer() {
        String first = plan(2018, null);
        String second = plan(2021, null);
        String path = "/api/v1/plans/" + first;
        String unlinked = json(editor()).get(path).then().statusCode(200).extract().header("ETag");
        json(editor()).get(path).then().statusCode(200).header("ETag", unlinked);

        patch().body(predecessor(first)).patch("/api/v1/plans/" + second).then().statusCode(200);
        String linked = json(editor()).header("If-None-Match", unlinked).get(path).then().statusCode(200)
                .body("successorId", equalTo(second)).extract().header("ETag");
        assertNotEquals(unlinked, linked);
        json(editor()).header("Cache-Control", "no-cache").get(path).then().header("ETag", linked);
        json(editor()).header("If-None-Match", linked).get(path).then().statusCode(304);

        patch().body(predecessor(null)).patch("/api/v1/plans/" + second).then().statusCode(200);
        json(editor()).header("If-None-Match", linked).get(path).then().statusCode(200)
                .body("successorId", nullValue());
    }

    /**
     * Callers without a role see a link as released: an unreleased successor never shows, a
     * released one shows on its predecessor's latest release, and an unreleased change of a
     * released link waits for the next release.
     */
    @Test
    void callersWithoutARoleSeeOnlyReleasedLinks() {
        String first = plan(2018, null);
        publish(first);
        String second = plan(2021, first);

        anonymous().get("/api/v1/plans/" + first).then().statusCode(200).body("successorId", nullValue());
        anonymous().get("/api/v1/plans/" + second).then().statusCode(404);
        anonymous().get("/api/v1/plans?lineage=" + first).then().statusCode(200).body("items.id", contains(first))
                .body("items[0].successorId", nullValue());
        anonymous().get("/api/v1/plans?lineage=" + second).then().statusCode(200).body("total", equalTo(0));
        anonymous().get("/api/v1/plans/" + first + "/releases/1").then().statusCode(200)
                .body("plan.successorId", nullValue());
        // Republished while its successor is a draft: the release does not name the draft.
        patch().body(Map.of("summary", "改訂 " + tag)).patch("/api/v1/plans/" + first).then().statusCode(200);
        publish(first);
        anonymous().get("/api/v1/plans/" + first + "/releases/2").then().statusCode(200)
                .body("plan.successorId", nullValue()).body(not(containsString(second)));

        publish(second);
        String shown = anonymous().get("/api/v1/plans/" + first).then().statusCode(200)
                .body("successorId", equalTo(second)).extract().header("ETag");
        anonymous().header("If-None-Match", shown).get("/api/v1/plans/" + first).then().statusCode(304);
        anonymous().get("/api/v1/plans/" + second).then().statusCode(200).body("predecessorId", equalTo(first));
        anonymous().get("/api/v1/plans?lineage=" + second).then().statusCode(200)
                .body("items.id", contains(first, second))
                .body("items[0].successorId", equalTo(second)).body("items[1].predecessorId", equalTo(first));

        // Unlinked in the working state only: callers without a role still see the released link.
        patch().body(predecessor(null)).patch("/api/v1/plans/" + second).then().statusCode(200);
        json(editor()).get("/api/v1/plans/" + first).then().body("successorId", nullValue());
        anonymous().get("/api/v1/plans/" + second).then().body("predecessorId", equalTo(first));
        anonymous().get("/api/v1/plans/" + first).then().body("successorId", equalTo(second));
    }

    private static void publish(String plan) {
        as(TestTokens.token("publisher@city.taito.lg.jp", "plans-publisher")).contentType(ContentType.JSON)
                .body(Map.of("label", "公表")).post("/api/v1/plans/" + plan + "/releases").then().statusCode(201);
    }
}
