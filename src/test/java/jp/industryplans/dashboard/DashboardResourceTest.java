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
}
