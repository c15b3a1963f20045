package jp.industryplans.dashboard;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import jp.industryplans.release.AsOfDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 基準日の集計 — the dashboard summary {@code asOf} a date counts each plan as its release (公表版)
 * in force on that date showed it. Each test's plan runs in fiscal years no other plan does (a
 * release outlives its deleted plan), so the summaries of its first year count it alone.
 */
@QuarkusTest
class DashboardAsOfTest extends ApiTest {

    private static final String SUMMARY = "/api/v1/dashboard/summary";

    private String plan;
    private String actual;
    /** Only the plans of 台東区 in force in this test plan's first year: this plan. */
    private String scope;

    /** A plan of FY{@code first}–{@code first + 2} with two initiatives and one indicator, 80 of 100 (behind, 遅れ). */
    private void planWithOneIndicator(int first) {
        Map<String, Object> body = TestPlans.planBody("asof-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("periodStart", first);
        body.put("periodEnd", first + 2);
        body.remove("periodLabel");
        plan = json(editor()).body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String pillar = TestPlans.createInitiative(plan, null, "p1", "柱 基準日");
        TestPlans.createInitiative(plan, pillar, "p1-1", "事業 基準日");
        String indicator = json(editor()).body(TestPlans.indicatorBody(plan, pillar, "k1")).post("/api/v1/indicators")
                .then().statusCode(201).extract().path("id");
        json(editor()).body(Map.of("value", 100)).put("/api/v1/indicators/" + indicator + "/values/" + first + "/TARGET")
                .then().statusCode(201);
        actual = "/api/v1/indicators/" + indicator + "/values/" + first + "/ACTUAL";
        json(editor()).body(Map.of("value", 80)).put(actual).then().statusCode(201);
        scope = "municipality=131067&fiscalYear=" + first;
    }

    @AfterEach
    void deletePlan() {
        if (plan != null) {
            TestPlans.deletePlan(plan);
        }
    }

    private void publish(String label, String on) {
        json(admin()).body(on == null ? Map.of("label", label) : Map.of("label", label, "publishedOn", on))
                .post("/api/v1/plans/" + plan + "/releases").then().statusCode(201);
    }

    @Test
    void eachDateCountsTheReleaseInForceThen() {
        planWithOneIndicator(2041);
        publish("令和2年度 公表", "2020-06-01");
        // 120 of 100: achieved (達成), from the second release on.
        json(editor()).body(Map.of("value", 120)).put(actual).then().statusCode(200);
        publish("令和3年度 公表", "2021-06-01");

        // Everyone, staff included, gets the releases as of a date.
        for (boolean staff : List.of(false, true)) {
            json(staff ? editor() : anonymous()).get(SUMMARY + "?" + scope + "&asOf=2020-10-01").then().statusCode(200)
                    .body("asOf", equalTo("2020-10-01")).body("fiscalYearSource", equalTo("REQUESTED"))
                    .body("plans", equalTo(1)).body("initiatives", equalTo(2)).body("indicators", equalTo(1))
                    .body("indicatorStatus.behind", equalTo(1)).body("indicatorStatus.achieved", equalTo(0))
                    .body("byMunicipality[0].code", equalTo("131067"))
                    .body("byMunicipality[0].name", equalTo("台東区"));
            json(staff ? editor() : anonymous()).get(SUMMARY + "?" + scope + "&asOf=2021-10-01").then().statusCode(200)
                    .body("plans", equalTo(1)).body("indicatorStatus.behind", equalTo(0))
                    .body("indicatorStatus.achieved", equalTo(1));
        }
        // Before its first release the plan did not exist for anyone: it is not counted.
        json(anonymous()).get(SUMMARY + "?" + scope + "&asOf=2020-05-31").then().statusCode(200)
                .body("plans", equalTo(0)).body("indicators", equalTo(0)).body("byMunicipality", hasSize(0));
        // Without a year, the latest year with a confirmed actual among the releases in force decides.
        json(anonymous()).get(SUMMARY + "?municipality=131067&asOf=2020-10-01").then().statusCode(200)
                .body("fiscalYear", equalTo(2041)).body("fiscalYearSource", equalTo("LATEST_ACTUAL"))
                .body("plans", equalTo(1)).body("indicatorStatus.behind", equalTo(1));
        // The working state, and the summary without asOf, know nothing of dates.
        json(editor()).get(SUMMARY + "?" + scope).then().statusCode(200).body("asOf", equalTo(null))
                .body("indicatorStatus.achieved", equalTo(1));
    }

    @Test
    void anAnswerAsOfADateKeepsItsTagUntilAReleaseInForceThenChanges() {
        planWithOneIndicator(2045);
        publish("令和2年度 公表", "2020-06-01");
        Response first = json(anonymous()).get(SUMMARY + "?" + scope + "&asOf=2020-10-01");
        first.then().statusCode(200).body("plans", equalTo(1));
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "a strong tag: " + etag);
        anonymous().header("If-None-Match", etag).get(SUMMARY + "?" + scope + "&asOf=2020-10-01").then()
                .statusCode(304).header("ETag", equalTo(etag));

        // A release of today changes the present, not what was in force on 2020-10-01.
        json(editor()).body(Map.of("value", 120)).put(actual).then().statusCode(200);
        publish("今日の公表", null);
        anonymous().header("If-None-Match", etag).get(SUMMARY + "?" + scope + "&asOf=2020-10-01").then()
                .statusCode(304);
        Response today = json(anonymous()).get(SUMMARY + "?" + scope + "&asOf=" + AsOfDate.today());
        today.then().statusCode(200).body("indicatorStatus.achieved", equalTo(1));
        assertNotEquals(etag, today.header("ETag"));

        // Another plan's release back-dated before that day does change it: the old tag no longer matches.
        String other = json(admin()).body(TestPlans.planBody("asof-other-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        try {
            json(admin()).body(Map.of("label", "遡った公表", "publishedOn", "2020-09-01"))
                    .post("/api/v1/plans/" + other + "/releases").then().statusCode(201);
            json(anonymous()).header("If-None-Match", etag).get(SUMMARY + "?" + scope + "&asOf=2020-10-01").then()
                    .statusCode(200).body("plans", equalTo(1));
        } finally {
            TestPlans.deletePlan(other);
        }
    }

    /**
     * As of today every plan's latest release is in force, which is what callers without a role
     * read: both roll-ups agree, the one counted from the released rows in the database and the
     * one counted from the release documents (statuses of a year judged by the Java rule).
     */
    @Test
    void asOfTodayAgreesWithTheReleasedState() {
        String today = AsOfDate.today().toString();
        for (String query : List.of("", "municipality=131067", "fiscalYear=2021", "fiscalYear=2020",
                "municipality=131067&fiscalYear=H28", "municipality=131075")) {
            Map<String, Object> released = json(anonymous()).get(SUMMARY + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200)
                    .extract().jsonPath().getMap("$");
            Map<String, Object> asOf = json(anonymous()).get(SUMMARY + "?" + (query.isEmpty() ? "" : query + "&")
                    + "asOf=" + today).then().statusCode(200).body("asOf", equalTo(today)).extract().jsonPath().getMap("$");
            released.remove("asOf");
            asOf.remove("asOf");
            assertEquals(released, asOf, query);
        }
    }

    @Test
    void asOfTakesCalendarDatesOnly() {
        for (String bad : List.of("R4", "令和4年度", "2022", "2022-02-30", "2022/10/01", "２０２２-１０-０１")) {
            invalid().accept(ContentType.JSON).queryParam("asOf", bad).get(SUMMARY).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        }
    }
}
