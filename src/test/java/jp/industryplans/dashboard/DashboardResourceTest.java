package jp.industryplans.dashboard;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jp.industryplans.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardResourceTest extends ApiTest {

    @Test
    void acrossTokyoInReiwa3() {
        // Every regional plan runs in FY2021; neither Taito sheet does (FY2015–17, FY2019–20).
        json().get("/api/v1/dashboard/summary?fiscalYear=令和3年度")
                .then().statusCode(200)
                .body("fiscalYear", equalTo(2021))
                .body("fiscalYearLabel", equalTo("令和3年度"))
                .body("plans", equalTo(15))
                .body("indicators", equalTo(0))
                .body("byMunicipality", hasSize(15))
                .body("byMunicipality[0].code", equalTo("131067"))
                .body("byMunicipality[0].plans", equalTo(1))
                .body("byMunicipality[0].initiatives", equalTo(7));
    }

    @Test
    void oneMunicipalityWithItsIndicatorStatuses() {
        json().get("/api/v1/dashboard/summary?municipality=131067")
                .then().statusCode(200)
                .body("municipality", equalTo("131067"))
                .body("fiscalYear", nullValue())
                .body("plans", equalTo(3))
                .body("indicators", equalTo(23))
                .body("byMunicipality", hasSize(1))
                .body("byMunicipality[0].indicators", equalTo(23));
        // In FY2020 only the R1–R2 sheet runs; its outcome indicator is achieved.
        json().get("/api/v1/dashboard/summary?municipality=131067&fiscalYear=2020")
                .then().statusCode(200)
                .body("plans", equalTo(1))
                .body("indicators", equalTo(17))
                .body("indicatorStatus.achieved", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void badFiltersAreNamed() {
        invalid().get("/api/v1/dashboard/summary?fiscalYear=明治5年")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("fiscalYear"));
        invalid().get("/api/v1/dashboard/summary?municipality=999999")
                .then().statusCode(400).body("errors[0].field", equalTo("municipality"));
    }

    /** One indicator of the test plan, with its values as {fiscalYear, kind, value}. */
    private static void indicator(String plan, String key, String direction, boolean cumulative, Integer baseYear,
                                  Integer base, Object[][] values) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("key", key);
        body.put("planId", plan);
        body.put("name", "照合用指標 " + key);
        body.put("role", "OUTCOME_KPI");
        body.put("direction", direction);
        body.put("cumulative", cumulative);
        if (baseYear != null) {
            body.put("baseline", java.util.Map.of("fiscalYear", baseYear, "value", base));
        }
        String id = json().body(body).post("/api/v1/indicators").then().statusCode(201).extract().path("id");
        for (Object[] v : values) {
            json().body(java.util.Map.of("value", v[2])).put("/api/v1/indicators/" + id + "/values/" + v[0] + "/" + v[1])
                    .then().statusCode(201);
        }
    }

    @Test
    void theDatabaseRollUpAgreesWithEachIndicatorsOwnProgress() {
        String plan = jp.industryplans.TestPlans.createPlan();
        indicator(plan, "achieved", "HIGHER_IS_BETTER", true, 2018, 4600,
                new Object[][] {{2019, "ACTUAL", 5653}, {2028, "TARGET", 4800}});
        indicator(plan, "on-pace", "HIGHER_IS_BETTER", true, 2020, 100,
                new Object[][] {{2021, "ACTUAL", 118}, {2025, "TARGET", 200}});
        indicator(plan, "projected", "HIGHER_IS_BETTER", true, null, null,
                new Object[][] {{2021, "TARGET", 20}, {2025, "TARGET", 100}, {2021, "ACTUAL", 5}, {2022, "ACTUAL", 35}});
        indicator(plan, "behind", "HIGHER_IS_BETTER", false, null, null,
                new Object[][] {{2019, "TARGET", 100}, {2020, "TARGET", 100}, {2021, "TARGET", 100},
                        {2019, "ACTUAL", 50}, {2020, "ACTUAL", 60}});
        indicator(plan, "lower-behind", "LOWER_IS_BETTER", false, null, null,
                new Object[][] {{2022, "TARGET", 10}, {2022, "ACTUAL", 12}});
        indicator(plan, "estimate-only", "HIGHER_IS_BETTER", false, null, null,
                new Object[][] {{2022, "TARGET", 10}, {2022, "ESTIMATE", 9}});
        indicator(plan, "no-target", "HIGHER_IS_BETTER", false, null, null, new Object[][] {{2022, "ACTUAL", 9}});

        java.util.List<String> ownStatuses = json().get("/api/v1/indicators?municipality=131067&size=200")
                .then().statusCode(200).extract().path("items.progress.status");
        java.util.Map<String, Long> expected = ownStatuses.stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
        org.junit.jupiter.api.Assertions.assertTrue(expected.keySet().containsAll(
                java.util.List.of("ACHIEVED", "ON_TRACK", "BEHIND", "NO_DATA")), expected.toString());
        json().get("/api/v1/dashboard/summary?municipality=131067")
                .then().statusCode(200)
                .body("indicators", equalTo(ownStatuses.size()))
                .body("indicatorStatus.achieved", equalTo(expected.getOrDefault("ACHIEVED", 0L).intValue()))
                .body("indicatorStatus.onTrack", equalTo(expected.getOrDefault("ON_TRACK", 0L).intValue()))
                .body("indicatorStatus.behind", equalTo(expected.getOrDefault("BEHIND", 0L).intValue()))
                .body("indicatorStatus.noData", equalTo(expected.getOrDefault("NO_DATA", 0L).intValue()));
        // As it stood in FY2025 the statuses are judged by the SQL rule; only the test plan runs then.
        java.util.List<String> planStatuses = json().get("/api/v1/indicators?plan=" + plan + "&size=200")
                .then().statusCode(200).extract().path("items.progress.status");
        java.util.Map<String, Long> inPlan = planStatuses.stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
        json().get("/api/v1/dashboard/summary?municipality=131067&fiscalYear=2025")
                .then().statusCode(200)
                .body("plans", equalTo(1))
                .body("indicators", equalTo(7))
                .body("indicatorStatus.achieved", equalTo(inPlan.getOrDefault("ACHIEVED", 0L).intValue()))
                .body("indicatorStatus.onTrack", equalTo(inPlan.getOrDefault("ON_TRACK", 0L).intValue()))
                .body("indicatorStatus.behind", equalTo(inPlan.getOrDefault("BEHIND", 0L).intValue()))
                .body("indicatorStatus.noData", equalTo(inPlan.getOrDefault("NO_DATA", 0L).intValue()));
        jp.industryplans.TestPlans.deletePlan(plan);
    }
}
