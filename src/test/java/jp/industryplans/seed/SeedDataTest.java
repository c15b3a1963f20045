package jp.industryplans.seed;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import org.junit.jupiter.api.Test;

/** What the five source documents say, as the API serves it after the seeds load on start. */
@QuarkusTest
class SeedDataTest extends ApiTest {

    @Test
    void fifteenRegionalPlansApprovedByTokyo() {
        json(editor()).get("/api/v1/plans?kind=REGIONAL_INDUSTRY_REVITALIZATION&size=50")
                .then().statusCode(200)
                .body("total", equalTo(15))
                .body("items.approvingBody", everyIs("東京都"))
                .body("items.title", hasItems("【第２次】大田区ものづくり地域産業活性化計画", "三鷹市ものづくり産業活性化計画"));
        json(editor()).get("/api/v1/plans?municipality=131113")
                .then().statusCode(200)
                .body("items[0].edition", equalTo(2));
    }

    @Test
    void theOlderBatchUsesTheNonExistentHeisei33() {
        json(editor()).get("/api/v1/plans?municipality=131075")
                .then().statusCode(200)
                .body("items[0].periodStart", equalTo(2019))
                .body("items[0].periodEnd", equalTo(2021))
                .body("items[0].periodLabel", equalTo("平成 31 年度～平成 33 年度"))
                .body("items[0].periodStartLabel", equalTo("令和元年度"))
                .body("items[0].periodEndLabel", equalTo("令和3年度"));
    }

    @Test
    void bothTaitoVerificationSheets() {
        json(editor()).get("/api/v1/plans?municipality=131067&kind=LONG_TERM_PLAN_VERIFICATION&sort=periodStart")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].periodStart", equalTo(2015))
                .body("items[1].periodStart", equalTo(2019));
    }

    @Test
    void theTaitoOutcomeIndicatorCarriesEveryFigure() {
        JsonPath indicator = json(editor()).queryParam("q", "台東区中小企業振興センターが支援する中小企業数")
                .get("/api/v1/indicators?municipality=131067")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .extract().jsonPath();
        indicator.setRootPath("items[0]");
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals("OUTCOME_KPI", indicator.getString("role")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(2018, indicator.getInt("baseline.fiscalYear")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(4600, indicator.getInt("baseline.value")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("所管課調べ", indicator.getString("dataSource")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("GROSS_PER_YEAR", indicator.getString("countingMode")),
                () -> org.junit.jupiter.api.Assertions.assertFalse(indicator.getBoolean("cumulative")));
        List<Map<String, Object>> values = indicator.getList("values");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(
                        "2019 ACTUAL 5653", "2020 ACTUAL 5550", "2023 TARGET 4700", "2028 TARGET 4800"),
                values.stream().map(v -> v.get("fiscalYear") + " " + v.get("kind") + " " + v.get("value")).toList());
        // A gross yearly count (延べ): 5,550 in FY2020 against the 4,640 expected on the way from 4,600 to 4,700.
        json(editor()).get("/api/v1/indicators/" + indicator.getString("id") + "/progress")
                .then().statusCode(200)
                .body("status", equalTo("ACHIEVED"))
                .body("basis", equalTo("ACTUAL"))
                .body("compared.actual", equalTo(5550))
                .body("compared.target", equalTo(4640))
                .body("years[0].fiscalYear", equalTo(2019))
                .body("years[0].status", equalTo("ACHIEVED"))
                .body("finalTarget.value", equalTo(4800))
                .body("projection", nullValue())
                .body("projectionUnavailable", equalTo("COUNTING_MODE"));
    }

    @Test
    void measure35IsRatedB() {
        String plan = json(editor()).get("/api/v1/plans?municipality=131067&kind=LONG_TERM_PLAN_VERIFICATION&fiscalYear=2020")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
        json(editor()).get("/api/v1/evaluations?plan=" + plan)
                .then().statusCode(200)
                .body("items.rating", hasItem("Ｂ"))
                .body("items[0].scale.label", hasItems("順調である", "概ね順調である", "順調でない"))
                .body("items[0].sections.heading", hasItems("施策の概要", "施策の指標", "今後の方向性"));
        json(editor()).get("/api/v1/plans/" + plan)
                .then().statusCode(200)
                .body("initiatives[0].children[0].label", equalTo("施策35"))
                .body("initiatives[0].children[0].owningSection", equalTo("産業振興課"));
    }

    @Test
    void everySeededPlanCarriesItsSource() {
        json(editor()).get("/api/v1/plans?size=50")
                .then().statusCode(200)
                .body("total", equalTo(17))
                .body("items.source.document", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyIs(Object value) {
        return org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(value));
    }

    @Test
    void shinagawaPillarsAndProjects() {
        String id = json(editor()).get("/api/v1/plans?municipality=131091").then().extract().path("items[0].id");
        json(editor()).get("/api/v1/plans/" + id)
                .then().statusCode(200)
                .body("initiatives", hasSize(4))
                .body("initiatives[0].title", equalTo("事業承継支援"))
                .body("initiatives[0].children[0].title", equalTo("事業承継支援事業"));
    }
}
