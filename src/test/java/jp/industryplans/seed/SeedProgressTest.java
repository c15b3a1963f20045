package jp.industryplans.seed;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import jp.industryplans.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The seeded indicators that issue 12 names, as the corrected seeds and the one rule judge them,
 * from the source documents' own figures (see the comments for each).
 */
@QuarkusTest
class SeedProgressTest extends ApiTest {

    private static final String FAIR_2019 = "edd691e1-5572-53e7-8f48-2238a0179d17";
    private static final String EXHIBITION_2015 = "3c39bf81-1fac-5608-aac0-4493ac2650e7";
    private static final String SUPPORT_9 = "00952566-9b98-501f-87b6-ac6438298806";
    private static final String WORKSHOP = "91b707fa-fb8e-58b1-8d62-6d3a34911880";
    private static final String CRAFTSMEN_SHOW = "49997d3c-5582-50c5-a6ad-e4cb15efa2c7";
    private static final String CENTRE_KPI = "bd71d15f-7989-51c3-9502-66669d4882a8";
    private static final String AWARD = "bf2849f1-b410-55c3-8cf9-c9cd9b99f7e1";
    private static final String ORDERS_KPI_2015 = "9189d7a4-8f97-58f2-b0a9-6de3f3db1d35";

    private static JsonPath progress(String id) {
        return json().get("/api/v1/indicators/" + id + "/progress").then().statusCode(200).extract().jsonPath();
    }

    private static void verdict(String id, String status, String rate, String basis) {
        JsonPath p = progress(id);
        assertEquals(List.of(status, rate, basis), List.of(p.getString("status"),
                new java.math.BigDecimal(p.getString("achievementRate")).stripTrailingZeros().toPlainString(),
                p.getString("basis")), id);
    }

    @Test
    void perYearVolumesAreJudgedOnTheSumsTheRateShows() {
        // 1回, 0件, (見込み) 1回 against 年1回: 2 of 3.
        verdict(FAIR_2019, "BEHIND", "0.6667", "ESTIMATE");
        // 14社, 13社, (見込み) 15社 against 15社 a year: 42 of 45.
        verdict(EXHIBITION_2015, "ON_TRACK", "0.9333", "ESTIMATE");
        // 9社, 9社, (見込み) 8社 against 年9社: 26 of 27.
        verdict(SUPPORT_9, "ON_TRACK", "0.963", "ESTIMATE");
        // 1回 then 0回; the 令和3年度 見込み cannot be read, so the verdict rests on actuals only.
        verdict(WORKSHOP, "BEHIND", "0.5", "ACTUAL");
        verdict(CRAFTSMEN_SHOW, "BEHIND", "0.5", "ACTUAL");
        for (String id : List.of(FAIR_2019, WORKSHOP, CRAFTSMEN_SHOW)) {
            json().get("/api/v1/indicators/" + id + "/progress").then().statusCode(200)
                    .body("projection", nullValue()).body("projectionUnavailable", equalTo("COUNTING_MODE"));
        }
    }

    @Test
    void theCentresGrossYearlyCountIsNotARunningTotal() {
        // 延べ5,653社 then 5,550社: it falls, so each year is counted on its own (延べ), not added up (累計).
        json().get("/api/v1/indicators/" + CENTRE_KPI).then().statusCode(200)
                .body("countingMode", equalTo("GROSS_PER_YEAR"))
                .body("cumulative", equalTo(false));
        verdict(CENTRE_KPI, "ACHIEVED", "1.1961", "ACTUAL");
        json().get("/api/v1/indicators/" + CENTRE_KPI + "/progress").then().statusCode(200)
                .body("projection", nullValue());
    }

    @Test
    void carriedOutEveryYearIsAchievedNotNoData() {
        // ものづくり大賞・展示販売: 目標・実績とも「実　施」; 平成29年度 is a 見込み.
        json().get("/api/v1/indicators/" + AWARD).then().statusCode(200)
                .body("countingMode", equalTo("QUALITATIVE"))
                .body("values.qualitative", org.hamcrest.Matchers.everyItem(equalTo("DONE")))
                .body("values.text", org.hamcrest.Matchers.everyItem(equalTo("実　施")));
        verdict(AWARD, "ACHIEVED", "1", "ESTIMATE");
    }

    @Test
    void theYearsTheSourceDoesNotGiveAreMarkedInferred() {
        // 「３７.５％増加 ５０％」 has no year of its own; 26年度末 and 29年度 head the project table.
        JsonPath kpi = json().get("/api/v1/indicators/" + ORDERS_KPI_2015).then().statusCode(200)
                .body("countingMode", equalTo("LEVEL"))
                .body("baseline.fiscalYear", equalTo(2014))
                .body("baseline.fiscalYearInferred", equalTo(true))
                .extract().jsonPath();
        assertEquals(List.of(false, true), kpi.getList("values.fiscalYearInferred"), "2016 actual, 2017 target");
        json().get("/api/v1/indicators/" + ORDERS_KPI_2015 + "/progress").then().statusCode(200)
                .body("status", equalTo("NO_DATA"))
                .body("years.find { it.fiscalYear == 2017 }.fiscalYearInferred", equalTo(true));
        // Figures whose year is given stay unmarked.
        assertFalse(json().get("/api/v1/indicators/" + CENTRE_KPI).then().extract().jsonPath()
                .getBoolean("baseline.fiscalYearInferred"));
    }

    @Test
    void noSeededProjectionIsNegative() {
        List<Float> projections = json().get("/api/v1/indicators?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.progress.projection.value", Float.class);
        projections.stream().filter(java.util.Objects::nonNull).forEach(v ->
                org.junit.jupiter.api.Assertions.assertTrue(v >= 0, "projection " + v));
    }
}
