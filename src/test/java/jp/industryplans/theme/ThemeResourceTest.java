package jp.industryplans.theme;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.SeedFiles;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThemeResourceTest extends ApiTest {

    @Test
    void theVocabularyWithWhoCarriesEachTheme() {
        json(editor()).get("/api/v1/themes?size=50")
                .then().statusCode(200)
                .body("total", equalTo(13))
                .body("items.key", hasItems("business-succession", "startups", "market-expansion", "digital",
                        "branding-pr", "human-resources", "location-cluster", "collaboration", "crisis-response",
                        "traditional-crafts", "manufacturing"))
                .body("items.find { it.key == 'business-succession' }.labelJa", equalTo("事業承継"))
                .body("items.find { it.key == 'business-succession' }.municipalities.name",
                        hasItems("品川区", "中野区", "荒川区"))
                .body("items.find { it.key == 'business-succession' }.initiatives.title", hasItem("事業承継支援事業"));
    }

    @Test
    void oneTheme() {
        json(editor()).get("/api/v1/themes/traditional-crafts")
                .then().statusCode(200)
                .body("labelEn", equalTo("Traditional crafts"))
                .body("municipalities.code", hasItem("131067"));
        json(editor()).get("/api/v1/themes/no-such-theme")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everySeededInitiativeIsTagged() {
        json(editor()).get("/api/v1/initiatives?size=200")
                .then().statusCode(200)
                .body("total", equalTo(170))
                .body("items.themes", everyItem(not(empty())));
    }

    @Test
    void themeFiltersPlansAndInitiatives() {
        json(editor()).get("/api/v1/plans?theme=business-succession&size=50")
                .then().statusCode(200)
                .body("items.municipalityName", hasItems("品川区", "中野区", "江戸川区", "荒川区", "板橋区"))
                .body("items.municipalityName", not(hasItem("三鷹市")));
        // As many as the seed files tag, each carrying the theme.
        long tagged = SeedFiles.plans().stream().flatMap(p -> SeedFiles.initiatives(p).stream())
                .filter(i -> i.path("themes").toString().contains("\"traditional-crafts\"")).count();
        org.junit.jupiter.api.Assertions.assertTrue(tagged > 0, "the seeds tag some initiatives traditional-crafts");
        json(editor()).get("/api/v1/initiatives?theme=traditional-crafts&size=200")
                .then().statusCode(200)
                .body("total", equalTo((int) tagged))
                .body("items", hasSize((int) tagged))
                .body("items.themes", everyItem(hasItem("traditional-crafts")));
        invalid().get("/api/v1/plans?theme=no-such-theme")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("theme"));
    }

    @Test
    void anInitiativeCanOnlyCarryKnownThemes() {
        String plan = TestPlans.createPlan();
        Map<String, Object> body = new HashMap<>();
        body.put("planId", plan);
        body.put("kind", "PILLAR");
        body.put("title", "架空のテーマ");
        body.put("themes", List.of("startups", "space-tourism"));
        json(admin()).contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("themes[1]"));
        TestPlans.deletePlan(plan);
    }
}
