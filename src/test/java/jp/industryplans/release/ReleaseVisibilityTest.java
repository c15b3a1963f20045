package jp.industryplans.release;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import jp.industryplans.ApiTest;
import jp.industryplans.ContractOperations;
import jp.industryplans.TestPlans;
import jp.industryplans.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 公表の境界 — a caller without a role sees released content only, through every read operation
 * of the contract: a draft plan with its initiative, indicator, values and evaluation never
 * appears, and an unreleased edit of a released figure never shows; publishing makes them appear.
 */
@QuarkusTest
class ReleaseVisibilityTest extends ApiTest {

    /**
     * Every read operation of the contract, each asked below. A new read operation fails this
     * test until it is added here, and so to the campaign.
     */
    static final Set<String> READS = Set.of("getApiRoot", "listMunicipalities", "getMunicipality", "listPlans",
            "getPlan", "getPlanHistory", "listPlanInitiatives", "listInitiatives", "getInitiative",
            "getInitiativeHistory", "listIndicators", "listAllIndicatorValues", "getIndicator", "getIndicatorHistory",
            "getIndicatorProgress", "getProgressRules", "listIndicatorValues", "getIndicatorValue", "listEvaluations",
            "getEvaluation", "getEvaluationHistory", "listThemes", "getTheme", "getDashboardSummary", "listChanges",
            "listPlanReleases", "getPlanRelease", "diffPlanReleases");

    private String marker;
    private String plan;
    private String initiative;
    private String indicator;
    private String evaluation;
    /** A released (seeded) indicator's value, edited but not released. */
    private String seededIndicator;
    private String seededPath;
    private Object seededValueBefore;

    static String publisher() {
        return TestTokens.token("publisher@city.taito.lg.jp", "plans-publisher");
    }

    @BeforeEach
    void draft() {
        marker = "草案" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = TestPlans.planBody("draft-" + marker.substring(2));
        body.put("title", "下書き計画 " + marker);
        body.put("summary", "未公表 " + marker);
        plan = editor().contentType(ContentType.JSON).body(body).post("/api/v1/plans").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> ini = TestPlans.initiativeBody(plan, null, "p1", "下書き取組 " + marker);
        ini.put("themes", List.of("startups"));
        initiative = editor().contentType(ContentType.JSON).body(ini).post("/api/v1/initiatives").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> ind = TestPlans.indicatorBody(plan, initiative, "k1");
        ind.put("name", "下書き指標 " + marker);
        indicator = editor().contentType(ContentType.JSON).body(ind).post("/api/v1/indicators").then()
                .statusCode(201).extract().path("id");
        editor().contentType(ContentType.JSON).body(Map.of("value", 100, "text", "目標 " + marker))
                .put("/api/v1/indicators/" + indicator + "/values/2025/TARGET").then().statusCode(201);
        editor().contentType(ContentType.JSON).body(Map.of("value", 77, "text", "実績 " + marker))
                .put("/api/v1/indicators/" + indicator + "/values/2024/ACTUAL").then().statusCode(201);
        Map<String, Object> ev = TestPlans.evaluationBody(plan, initiative);
        ev.put("ratingNote", "評価 " + marker);
        evaluation = editor().contentType(ContentType.JSON).body(ev).post("/api/v1/evaluations").then()
                .statusCode(201).extract().path("id");
        // An unreleased edit of a released figure: a seeded actual becomes a figure no source gives.
        Response values = anonymous().get("/api/v1/indicators/values?size=200&municipality=131067");
        seededIndicator = values.path("items.find { it.kind == 'ACTUAL' && it.value != null }.indicatorId");
        int fy = values.path("items.find { it.kind == 'ACTUAL' && it.value != null }.fiscalYear");
        seededValueBefore = values.path("items.find { it.kind == 'ACTUAL' && it.value != null }.value");
        seededPath = "/api/v1/indicators/" + seededIndicator + "/values/" + fy + "/ACTUAL";
        editor().contentType(ContentType.JSON).body(Map.of("value", 987654321, "text", "未公表 " + marker))
                .put(seededPath).then().statusCode(200);
    }

    @AfterEach
    void cleanUp() {
        if (plan == null || seededPath == null) {
            return;
        }
        editor().contentType(ContentType.JSON).body(Map.of("value", seededValueBefore)).put(seededPath).then()
                .statusCode(200);
        admin().delete("/api/v1/plans/" + plan);
    }

    /** Every anonymous read, of seeded records and of the draft's, with and without filters that name it. */
    private List<String> anonymousReads() {
        List<ContractOperations.Operation> reads = ContractOperations.reads();
        Set<String> contract = new TreeSet<>();
        reads.forEach(o -> contract.add(o.operationId()));
        assertEquals(new TreeSet<>(READS), contract, "every read operation of the contract is in the campaign");
        List<String> paths = new ArrayList<>();
        for (ContractOperations.Operation op : reads) {
            paths.add(op.path());
            String draft = op.template().replace("/plans/{id}", "/plans/" + plan)
                    .replace("/initiatives/{id}", "/initiatives/" + initiative)
                    .replace("/indicators/{id}", "/indicators/" + indicator)
                    .replace("/evaluations/{id}", "/evaluations/" + evaluation)
                    .replace("{fiscalYear}/{kind}", "2024/ACTUAL").replace("{sequence}", "1");
            if (!draft.contains("{")) {
                paths.add(draft);
            }
        }
        String q = "q=" + marker;
        for (String list : List.of("/api/v1/plans?", "/api/v1/initiatives?", "/api/v1/indicators?")) {
            paths.add(list + q);
            paths.add(list + "municipality=131067&size=200");
        }
        paths.add("/api/v1/plans?kind=INDUSTRIAL_PROMOTION_PLAN");
        paths.add("/api/v1/plans?fiscalYear=2025&size=200");
        paths.add("/api/v1/plans?theme=startups&size=200");
        paths.add("/api/v1/plans?lineage=" + plan);
        paths.add("/api/v1/initiatives?plan=" + plan);
        paths.add("/api/v1/indicators?plan=" + plan);
        paths.add("/api/v1/evaluations?plan=" + plan);
        paths.add("/api/v1/indicators/values?size=200&municipality=131067");
        paths.add("/api/v1/indicators/values?size=200&plan=" + plan);
        paths.add("/api/v1/indicators/" + seededIndicator);
        paths.add("/api/v1/indicators/" + seededIndicator + "/values");
        paths.add("/api/v1/indicators/" + seededIndicator + "/progress");
        paths.add("/api/v1/indicators/" + seededIndicator + "/history");
        paths.add(seededPath.replace("/api/v1/indicators/", "/api/v1/indicators/"));
        paths.add("/api/v1/dashboard/summary?municipality=131067&fiscalYear=2025");
        paths.add("/api/v1/themes/startups");
        paths.add("/api/v1/municipalities/131067");
        paths.add("/api/v1/changes?limit=1000");
        return paths;
    }

    private void assertNothingUnreleased(String path, boolean released) {
        for (String accept : List.of("application/json", "text/csv")) {
            Response r = anonymous().urlEncodingEnabled(true).accept(accept).get(path);
            if (r.statusCode() == 406 || r.statusCode() == 400 && accept.equals("text/csv")) {
                continue;
            }
            String body = r.asString();
            assertFalse(body.contains("987654321"), path + " (" + accept + ") shows an unreleased edit");
            // A refusal may repeat the path it refuses, never the draft's content.
            assertFalse(body.contains(marker), path + " (" + accept + ") shows draft content");
            if (!released && r.statusCode() < 300) {
                for (String secret : List.of(marker, plan, initiative, indicator, evaluation)) {
                    assertFalse(body.contains(secret), path + " (" + accept + ") shows draft content " + secret + ": "
                            + body.substring(0, Math.min(300, body.length())));
                }
            }
            assertFalse(body.contains("editor@") || body.contains("publisher@"), path + " shows a staff actor");
        }
    }

    @Test
    void anonymousReadsShowNoDraftAndNoUnreleasedEdit() {
        List<String> paths = anonymousReads();
        for (String path : paths) {
            assertNothingUnreleased(path, false);
        }
        anonymous().get("/api/v1/plans/" + plan).then().statusCode(404);
        anonymous().get("/api/v1/indicators/" + indicator).then().statusCode(404);
        // Staff see the working state.
        editor().get("/api/v1/plans/" + plan).then().statusCode(200).header("X-Plans-View", "working")
                .body("title", containsString(marker));
        editor().get(seededPath).then().statusCode(200).body("value", equalTo(987654321));
    }

    @Test
    void publishingShowsTheDraftAndALaterEditWaitsForTheNextRelease() {
        as(publisher()).contentType(ContentType.JSON)
                .body(Map.of("label", "令和4年度 検証結果", "publishedOn", "2022-04-01"))
                .post("/api/v1/plans/" + plan + "/releases").then().statusCode(201)
                .header("Location", "/api/v1/plans/" + plan + "/releases/1").body("sequence", equalTo(1));
        anonymous().get("/api/v1/plans/" + plan).then().statusCode(200).header("X-Plans-View", "released")
                .body("title", containsString(marker)).body("indicators[0].values.value", hasItem(100));
        anonymous().get("/api/v1/plans?q=" + marker).then().statusCode(200).body("total", equalTo(1));
        anonymous().get("/api/v1/evaluations/" + evaluation).then().statusCode(200);
        anonymous().get("/api/v1/plans/" + plan + "/history").then().statusCode(200)
                .body("items[0].actor", equalTo(null)).body("items[0].requestId", equalTo(null));

        // A later edit: the target is revised, the title changed; the public still sees release 1.
        editor().contentType(ContentType.JSON).body(Map.of("value", 120, "text", "改定目標 " + marker))
                .put("/api/v1/indicators/" + indicator + "/values/2025/TARGET").then().statusCode(200);
        editor().contentType("application/merge-patch+json").body(Map.of("title", "改題 " + marker))
                .patch("/api/v1/plans/" + plan).then().statusCode(200);
        anonymous().get("/api/v1/plans/" + plan).then().statusCode(200)
                .body("title", not(containsString("改題"))).body("indicators[0].values.value", not(hasItem(120)));
        for (String path : List.of("/api/v1/plans?q=改題", "/api/v1/indicators/" + indicator + "/values",
                "/api/v1/indicators/values?plan=" + plan, "/api/v1/changes?limit=1000",
                "/api/v1/indicators/" + indicator + "/history")) {
            String body = anonymous().get(path).asString();
            assertFalse(body.contains("改題") || body.contains("改定目標"), path + " shows the unreleased edit");
        }

        // Release 2; asOf a date before it answers release 1; the diff names the revised target.
        as(publisher()).contentType(ContentType.JSON).body(Map.of("label", "令和5年度 検証結果"))
                .post("/api/v1/plans/" + plan + "/releases").then().statusCode(201).body("sequence", equalTo(2));
        anonymous().get("/api/v1/plans/" + plan).then().statusCode(200).body("title", containsString("改題"));
        anonymous().queryParam("asOf", "2022-10-01").get("/api/v1/plans/" + plan).then().statusCode(200)
                .header("Content-Location", "/api/v1/plans/" + plan + "/releases/1")
                .body("title", not(containsString("改題")));
        anonymous().queryParam("asOf", "2022-03-31").get("/api/v1/plans/" + plan).then().statusCode(404);
        anonymous().get("/api/v1/plans/" + plan + "/releases/2/diff").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("targetRevisions[0].indicatorId", equalTo(indicator))
                .body("targetRevisions[0].fiscalYear", equalTo(2025))
                .body("targetRevisions[0].original.value", equalTo(100))
                .body("targetRevisions[0].revised.value", equalTo(120))
                .body("changed.find { it.resource == 'plan' }.fields.field", hasItem("title"))
                .body("changed.find { it.resource == 'indicator_value' }.fields.find { it.field == 'value' }.after",
                        equalTo(120));
        anonymous().get("/api/v1/indicators/" + indicator + "/progress").then().statusCode(200)
                .body("targetRevisions[0].original.value", equalTo(100))
                .body("targetRevisions[0].revised.value", equalTo(120));
        anonymous().queryParam("asOf", "2022-10-01").get("/api/v1/indicators/" + indicator + "/progress").then()
                .statusCode(200).body("targetRevisions.size()", equalTo(0));
        // Nothing new: no third release.
        as(publisher()).contentType(ContentType.JSON).body(Map.of("label", "再公表"))
                .post("/api/v1/plans/" + plan + "/releases").then().statusCode(409);
    }

    @Test
    void aReleaseIsImmutableAndCachedForLong() {
        as(publisher()).contentType(ContentType.JSON).body(Map.of("label", "初回"))
                .post("/api/v1/plans/" + plan + "/releases").then().statusCode(201);
        Response first = anonymous().get("/api/v1/plans/" + plan + "/releases/1");
        first.then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable")
                .body("release.label", equalTo("初回")).body("plan.id", equalTo(plan));
        String etag = first.header("ETag");
        assertTrue(etag.startsWith("\""), "a strong tag");
        editor().contentType("application/merge-patch+json").body(Map.of("summary", "後の編集"))
                .patch("/api/v1/plans/" + plan).then().statusCode(200);
        anonymous().header("If-None-Match", etag).get("/api/v1/plans/" + plan + "/releases/1").then().statusCode(304);
        assertEquals(first.asString(), anonymous().get("/api/v1/plans/" + plan + "/releases/1").asString());
    }

    @Test
    void onlyPublishersAndAdminsPublishAndAsOfTakesDatesOnly() {
        editor().contentType(ContentType.JSON).body(Map.of("label", "x")).post("/api/v1/plans/" + plan + "/releases")
                .then().statusCode(403);
        for (String bad : List.of("R4", "令和4年度", "2022", "2022-02-30", "2022/10/01", "２０２２-１０-０１")) {
            invalid().queryParam("asOf", bad).get("/api/v1/plans/" + plan).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        }
        invalid().header("Authorization", "Bearer " + publisher()).contentType(ContentType.JSON)
                .body(Map.of("label", "x", "publishedOn", "令和4年4月1日"))
                .post("/api/v1/plans/" + plan + "/releases").then().statusCode(400);
        anonymous().get("/api/v1/plans/" + plan + "/releases").then().statusCode(404);
        editor().get("/api/v1/plans/" + plan + "/releases").then().statusCode(200).body("total", equalTo(0));
    }
}
