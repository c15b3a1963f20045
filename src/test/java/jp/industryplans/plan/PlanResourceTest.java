package jp.industryplans.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest extends ApiTest {

    @Test
    void filtersByMunicipality() {
        json(editor()).get("/api/v1/plans?municipality=131091")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].title", equalTo("品川区地域産業活性化計画"))
                .body("items[0].municipalityName", equalTo("品川区"))
                .body("items[0].periodStart", equalTo(2020))
                .body("items[0].periodEnd", equalTo(2022))
                .body("items[0].periodStartLabel", equalTo("令和2年度"))
                .body("items[0].periodEndLabel", equalTo("令和4年度"))
                .body("items[0].initiatives", nullValue());
    }

    @Test
    void filtersByKindAndActiveFiscalYearInEveryEraForm() {
        for (String fy : new String[] {"2021", "R3", "令和3", "令和3年度", "２０２１", "平成33年度"}) {
            json(editor()).queryParam("fiscalYear", fy).get("/api/v1/plans?kind=REGIONAL_INDUSTRY_REVITALIZATION&size=50")
                    .then().statusCode(200)
                    .body("total", equalTo(15))
                    .body("items.periodStart", everyItem(org.hamcrest.Matchers.lessThanOrEqualTo(2021)))
                    .body("items.periodEnd", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(2021)));
        }
        json(editor()).get("/api/v1/plans?kind=REGIONAL_INDUSTRY_REVITALIZATION&fiscalYear=2019")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.municipalityName", hasItems("墨田区", "荒川区", "板橋区", "青梅市"));
    }

    @Test
    void sortsWithAStableTieBreaker() {
        json(editor()).get("/api/v1/plans?kind=REGIONAL_INDUSTRY_REVITALIZATION&sort=-periodStart,municipalityCode&size=3")
                .then().statusCode(200)
                .body("items[0].periodStart", equalTo(2021))
                .body("items[0].municipalityCode", equalTo("131067"))
                .body("items[1].municipalityCode", equalTo("131113"))
                .header("Link", containsString("rel=\"next\""));
    }

    @Test
    void badFiltersNameTheirParameter() {
        invalid().get("/api/v1/plans?fiscalYear=令和0年度")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("fiscalYear"));
        invalid().get("/api/v1/plans?municipality=131092")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("municipality"));
        invalid().get("/api/v1/plans?kind=VISION")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
        invalid().get("/api/v1/plans?page=-1&size=0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("page", "size"));
    }

    @Test
    void detailCarriesTheWholeTree() {
        String id = json(editor()).get("/api/v1/plans?municipality=131067&kind=REGIONAL_INDUSTRY_REVITALIZATION")
                .then().statusCode(200).extract().path("items[0].id");
        json(editor()).get("/api/v1/plans/" + id)
                .then().statusCode(200)
                .body("key", equalTo("131067-regional-2021"))
                .body("title", equalTo("台東区地域産業活性化計画"))
                .body("periodLabel", equalTo("令和３年度～令和５年度"))
                .body("approvingBody", equalTo("東京都"))
                .body("source.document", equalTo("002_69dd780628cbc40f.txt"))
                .body("initiatives", hasSize(3))
                .body("initiatives[0].title", equalTo("多様な主体との連携を図る取組"))
                .body("initiatives[0].children.title", hasItem("台東区産業フェアの開催"))
                .body("indicators", notNullValue())
                .body("evaluations", notNullValue());
    }

    @Test
    void createReadReplaceDelete() {
        Map<String, Object> body = TestPlans.planBody("test-crud-plan");
        String location = json(admin()).body(body).post("/api/v1/plans")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/plans/"))
                .body("key", equalTo("test-crud-plan"))
                .body("municipalityName", equalTo("台東区"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        body.put("title", "改訂テスト計画");
        body.put("edition", 2);
        json(admin()).body(body).put("/api/v1/plans/" + id)
                .then().statusCode(200)
                .body("title", equalTo("改訂テスト計画"))
                .body("edition", equalTo(2));
        json(editor()).get("/api/v1/plans/" + id).then().statusCode(200).body("title", equalTo("改訂テスト計画"));

        json(admin()).delete("/api/v1/plans/" + id).then().statusCode(204);
        json(editor()).get("/api/v1/plans/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDuplicateNaturalKeyIsAConflict() {
        Map<String, Object> body = TestPlans.planBody("test-duplicate");
        String id = json(admin()).body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        json(admin()).body(body).post("/api/v1/plans")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", startsWith("https://"));
        body.put("key", "test-duplicate-other-key");
        json(admin()).body(body).post("/api/v1/plans")
                .then().statusCode(409).contentType("application/problem+json");
        TestPlans.deletePlan(id);
    }

    @Test
    void invalidInputNamesEveryFaultyField() {
        Map<String, Object> body = TestPlans.planBody("test-invalid");
        body.put("title", " ");
        body.put("periodStart", 2025);
        body.put("periodEnd", 2024);
        body.put("municipalityCode", "13106");
        invalid(admin()).contentType(ContentType.JSON).body(body).post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "municipalityCode"));
        body.put("title", "期間が逆の計画");
        body.put("municipalityCode", "131067");
        invalid(admin()).contentType(ContentType.JSON).body(body).post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors.field", hasItem("periodEnd"));
        body.put("periodEnd", 2026);
        body.put("municipalityCode", "131068");
        invalid(admin()).contentType(ContentType.JSON).body(body).post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("municipalityCode"))
                .body("errors[0].message", containsString("check digit"));
    }

    @Test
    void malformedJsonWrongTypesAndWrongMediaTypesAreClientErrors() {
        invalid(admin()).contentType(ContentType.JSON).body("{\"title\": ").post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
        invalid(admin()).contentType(ContentType.JSON).body("{\"municipalityCode\":\"131067\",\"periodStart\":\"soon\"}")
                .post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("periodStart"));
        invalid(admin()).contentType(ContentType.TEXT).body("title=x").post("/api/v1/plans")
                .then().statusCode(415).contentType("application/problem+json");
        invalid(admin()).contentType(ContentType.JSON).body("").post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        json(editor()).get("/api/v1/plans/00000000-0000-5000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/plans/00000000-0000-5000-8000-000000000000"));
        invalid().get("/api/v1/plans/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        raw(admin()).header("If-Match", "*").delete("/api/v1/plans/00000000-0000-5000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void conditionalGetAnswers304UntilTheDataChanges() {
        String etag = json(editor()).get("/api/v1/plans?municipality=131067")
                .then().statusCode(200).header("ETag", org.hamcrest.Matchers.matchesPattern("\"[A-Za-z0-9_-]{27}\""))
                .extract().header("ETag");
        json(editor()).header("If-None-Match", etag).get("/api/v1/plans?municipality=131067")
                .then().statusCode(304).header("ETag", equalTo(etag)).body(org.hamcrest.Matchers.emptyString());
        json(editor()).header("If-None-Match", "\"other\", " + etag).get("/api/v1/plans?municipality=131067")
                .then().statusCode(304);

        String id = TestPlans.createPlan();
        String changed = json(editor()).header("If-None-Match", etag).get("/api/v1/plans?municipality=131067")
                .then().statusCode(200).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, changed);

        String detail = json(editor()).get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        json(editor()).header("If-None-Match", detail).get("/api/v1/plans/" + id).then().statusCode(304);
        TestPlans.deletePlan(id);
    }

    private static String detailTag(String plan) {
        return json(editor()).get("/api/v1/plans/" + plan).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void theDetailsValidatorMovesWithEveryChangeInTheTree() {
        String plan = TestPlans.createPlan();
        java.util.List<String> tags = new java.util.ArrayList<>();
        tags.add(detailTag(plan));
        String pillar = TestPlans.createInitiative(plan, null, "p1", "柱");
        tags.add(detailTag(plan));
        String indicator = TestPlans.createIndicator(plan, pillar, "k1");
        tags.add(detailTag(plan));
        json(admin()).body(Map.of("value", 10)).put("/api/v1/indicators/" + indicator + "/values/2024/TARGET")
                .then().statusCode(201);
        tags.add(detailTag(plan));
        json(admin()).body(Map.of("value", 11)).put("/api/v1/indicators/" + indicator + "/values/2024/TARGET")
                .then().statusCode(200);
        tags.add(detailTag(plan));
        json(admin()).delete("/api/v1/indicators/" + indicator + "/values/2024/TARGET").then().statusCode(204);
        tags.add(detailTag(plan));
        org.junit.jupiter.api.Assertions.assertEquals(5, new java.util.HashSet<>(tags.subList(0, 5)).size(),
                tags.toString());
        // Deleting the only value gives back the very representation it had before: the same tag.
        org.junit.jupiter.api.Assertions.assertEquals(tags.get(2), tags.get(5));
        json(editor()).header("If-None-Match", tags.get(tags.size() - 1)).get("/api/v1/plans/" + plan)
                .then().statusCode(304);
        TestPlans.deletePlan(plan);
        json(editor()).header("If-None-Match", tags.get(tags.size() - 1)).get("/api/v1/plans/" + plan)
                .then().statusCode(404);
    }
}
