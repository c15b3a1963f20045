package jp.industryplans.indicator;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import jp.industryplans.ApiTest;
import jp.industryplans.TestDatabase;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

/** 表示名 — every indicator has a name a ward official can read alone, in JSON, CSV and search. */
@QuarkusTest
class DisplayNameTest extends ApiTest {

    @Test
    void indicatorsNamedAlikeReadApart() {
        List<String> names = json(editor()).get("/api/v1/indicators?municipality=131067&size=200").then().statusCode(200)
                .extract().path("items.displayName");
        assertEquals(23, names.size());
        assertEquals(names.size(), new HashSet<>(names).size(), "every display name is different: " + names);
        assertTrue(names.containsAll(List.of(
                "台東デザイナーズビレッジの運営 › 支援（2019～2020年度）",
                "浅草ものづくり工房の運営 › 支援（2019～2020年度）",
                "ものづくりのまちＰ › 助成（2015～2017年度）",
                "異業種間交流支援 › ビジネス交流フェスタ（2015～2017年度）",
                "異業種間交流支援 › ビジネス交流フェスタ（2019～2020年度）")), names.toString());
    }

    @Test
    void theDisplayNameIsSearchable() {
        json(editor()).queryParam("q", "デザイナーズビレッジの運営 › 支援").get("/api/v1/indicators?municipality=131067")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("支援"));
        json(editor()).queryParam("q", "ビジネス交流フェスタ（2015").get("/api/v1/indicators")
                .then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void spreadsheetsCarryTheDisplayName() {
        String values = editor().accept("text/csv").get("/api/v1/indicators/values?municipality=131067")
                .then().statusCode(200).extract().asString();
        assertTrue(values.lines().findFirst().orElseThrow().contains(",indicatorName,indicatorDisplayName,"));
        assertTrue(values.contains("台東デザイナーズビレッジの運営 › 支援（2019～2020年度）"));
        String indicators = editor().accept("text/csv").get("/api/v1/indicators?municipality=131067&size=200")
                .then().statusCode(200).extract().asString();
        assertTrue(indicators.contains("浅草ものづくり工房の運営 › 支援（2019～2020年度）"));
        json(editor()).get("/api/v1/indicators/values?municipality=131067&size=200").then().statusCode(200)
                .body("items.indicatorDisplayName", hasItems("ものづくりのまちＰ › 助成（2015～2017年度）"));
    }

    @Inject
    IndicatorNames names;

    @Test
    void anIndicatorStoredWithoutADisplayNameIsNamedAtStart() {
        String plan = TestPlans.createPlan();
        try {
            String indicator = TestPlans.createIndicator(plan, null, "unnamed");
            // As a row stored before schema V6, or by an older replica during a rolling update.
            TestDatabase.execute("UPDATE indicator SET display_name = NULL WHERE id = '" + indicator + "'");
            json(editor()).get("/api/v1/indicators/" + indicator).then().statusCode(200)
                    .body("displayName", equalTo("創業支援件数"));
            names.nameTheUnnamed();
            json(editor()).get("/api/v1/indicators/" + indicator).then().statusCode(200)
                    .body("displayName", equalTo("テスト産業振興計画 " + json(editor()).get("/api/v1/plans/" + plan).then()
                            .extract().path("key") + " › 創業支援件数（2024～2026年度）"));
        } finally {
            TestPlans.deletePlan(plan);
        }
    }

    @Test
    void renamingAProjectOrMovingThePlansYearsRenamesItsIndicators() {
        String plan = TestPlans.createPlan();
        try {
            String project = TestPlans.createInitiative(plan, null, "project", "相談事業");
            Map<String, Object> activity = TestPlans.initiativeBody(plan, project, "activity", "支援");
            activity.put("kind", "ACTIVITY");
            String activityId = json(admin()).body(activity).post("/api/v1/initiatives").then().statusCode(201)
                    .extract().path("id");
            Map<String, Object> body = TestPlans.indicatorBody(plan, activityId, "support");
            body.put("name", "支援");
            String indicator = json(admin()).body(body).post("/api/v1/indicators").then().statusCode(201)
                    .body("displayName", equalTo("相談事業 › 支援（2024～2026年度）")).extract().path("id");
            String etag = json(editor()).get("/api/v1/indicators/" + indicator).then().extract().header("ETag");

            json(admin()).contentType("application/merge-patch+json").body(Map.of("title", "経営相談事業"))
                    .patch("/api/v1/initiatives/" + project).then().statusCode(200);
            json(editor()).get("/api/v1/indicators/" + indicator).then().statusCode(200)
                    .body("displayName", equalTo("経営相談事業 › 支援（2024～2026年度）"));
            assertNotEquals(etag, json(editor()).get("/api/v1/indicators/" + indicator).then().extract().header("ETag"));
            json(editor()).queryParam("q", "経営相談事業").get("/api/v1/indicators?plan=" + plan)
                    .then().statusCode(200).body("total", equalTo(1));

            json(admin()).contentType("application/merge-patch+json").body(Map.of("periodEnd", 2027))
                    .patch("/api/v1/plans/" + plan).then().statusCode(200);
            json(editor()).get("/api/v1/indicators/" + indicator).then().statusCode(200)
                    .body("displayName", equalTo("経営相談事業 › 支援（2024～2027年度）"));
        } finally {
            TestPlans.deletePlan(plan);
        }
    }
}
