package jp.industryplans.seed;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.municipality.MunicipalityDto;
import jp.industryplans.municipality.MunicipalityKind;
import jp.industryplans.plan.PlanKind;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest extends ApiTest {

    private static int total(String path) {
        return json(editor()).get(path).then().statusCode(200).extract().path("total");
    }

    private static List<Integer> counts() {
        return List.of(total("/api/v1/municipalities"), total("/api/v1/plans"), total("/api/v1/initiatives"),
                total("/api/v1/indicators"), total("/api/v1/evaluations"));
    }

    @Test
    void reImportingTheSeedsChangesNothing() {
        List<Integer> before = counts();
        ImportBundle seeds = SeedLoader.read(Path.of("seeds"));
        json(admin()).body(seeds).post("/api/v1/imports")
                .then().statusCode(200)
                .body("plans.created", equalTo(0))
                .body("plans.updated", equalTo(0))
                .body("plans.unchanged", equalTo(17))
                .body("initiatives.created", equalTo(0))
                .body("initiatives.updated", equalTo(0))
                .body("values.created", equalTo(0))
                .body("values.updated", equalTo(0));
        assertEquals(before, counts());
    }

    @Test
    void anEditedEntryUpdatesItsRecordInsteadOfDuplicatingIt() {
        ImportBundle.PlanBundle plan = new ImportBundle.PlanBundle("test-import-plan", "131067",
                PlanKind.INDUSTRIAL_PROMOTION_PLAN, "取込テスト計画", null, null, 2024, 2026, "初版", null, null,
                null, null, List.of(new ImportBundle.InitiativeBundle("p1", jp.industryplans.initiative.InitiativeKind.PILLAR,
                        "１", "創業支援", null, null, null, null, List.of("startups"), null, null, null, null, null)),
                null, null);
        json(admin()).body(new ImportBundle(null, null, List.of(plan))).post("/api/v1/imports")
                .then().statusCode(200)
                .body("plans.created", equalTo(1))
                .body("initiatives.created", equalTo(1));
        ImportBundle.PlanBundle edited = new ImportBundle.PlanBundle("test-import-plan", "131067",
                PlanKind.INDUSTRIAL_PROMOTION_PLAN, "取込テスト計画", null, null, 2024, 2026, "第二版", null, null,
                null, null, plan.initiatives(), null, null);
        json(admin()).body(new ImportBundle(null, null, List.of(edited))).post("/api/v1/imports")
                .then().statusCode(200)
                .body("plans.created", equalTo(0))
                .body("plans.updated", equalTo(1))
                .body("initiatives.unchanged", equalTo(1));
        String planId = json(editor()).get("/api/v1/plans?municipality=131067&kind=INDUSTRIAL_PROMOTION_PLAN&q=取込テスト計画")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].summary", equalTo("第二版"))
                .extract().path("items[0].id");
        json(admin()).delete("/api/v1/plans/" + planId).then().statusCode(204);
    }

    @Test
    void anInvalidBundleIsRejectedWholeWithEveryFaultAndNothingStored() {
        List<Integer> before = counts();
        MunicipalityDto badCode = new MunicipalityDto("131017", "架空区", null, null, MunicipalityKind.SPECIAL_WARD, "東京都");
        ImportBundle.PlanBundle good = new ImportBundle.PlanBundle("test-import-good", "131067",
                PlanKind.INDUSTRIAL_PROMOTION_PLAN, "正しい計画", null, null, 2024, 2026, null, null, null, null, null,
                null, null, null);
        ImportBundle.PlanBundle bad = new ImportBundle.PlanBundle("Bad Key", "131016",
                PlanKind.INDUSTRIAL_PROMOTION_PLAN, "", null, null, 2026, 2024, null, null, null, null, null,
                null, List.of(new ImportBundle.IndicatorBundle("k1", "指標", null,
                        jp.industryplans.indicator.IndicatorRole.OUTCOME_KPI, null,
                        jp.industryplans.indicator.Direction.HIGHER_IS_BETTER, null, null, null, null, null,
                        List.of(new ImportBundle.ValueBundle(2024, null, jp.industryplans.indicator.ValueKind.ACTUAL,
                                null, null, "―", null, null, null)))), null);
        invalid(admin()).contentType(ContentType.JSON).body(new ImportBundle(null, List.of(badCode), List.of(good, bad)))
                .post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("municipalities[0].code", "plans[1].key", "plans[1].title",
                        "plans[1].municipalityCode", "plans[1].periodEnd",
                        "plans[1].indicators[0].values[0].missingReason"));
        assertEquals(before, counts());
        json(editor()).get("/api/v1/plans?q=正しい計画").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void malformedBundlesAreClientErrors() {
        invalid(admin()).contentType(ContentType.JSON).body("{\"plans\": {}}").post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json");
        invalid(admin()).contentType(ContentType.JSON).body(Map.of("plans", List.of(Map.of("key", "x", "kind", "PLAN"))))
                .post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("plans[0].kind"));
    }

    private static Map<String, Object> planEntry(String key, String municipality, String summary) {
        Map<String, Object> plan = new java.util.HashMap<>();
        plan.put("key", key);
        plan.put("municipalityCode", municipality);
        plan.put("kind", "INDUSTRIAL_PROMOTION_PLAN");
        plan.put("title", "取込試験 " + key);
        plan.put("periodStart", 2024);
        plan.put("periodEnd", 2026);
        if (summary != null) {
            plan.put("summary", summary);
        }
        return plan;
    }

    @Test
    void anImportDoesNotMoveAPlanToAnotherMunicipality() {
        String key = "import-move-" + System.nanoTime();
        json(admin()).body(Map.of("plans", List.of(planEntry(key, "131067", "台東区の計画"))))
                .post("/api/v1/imports").then().statusCode(200).body("plans.created", equalTo(1));
        String before = jp.industryplans.TestDatabase.fingerprint();
        invalid(admin()).contentType(ContentType.JSON).body(Map.of("plans", List.of(planEntry(key, "131091", "台東区の計画"))))
                .post("/api/v1/imports").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("plans[0].municipalityCode"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("belongs to municipality 131067"));
        assertEquals(before, jp.industryplans.TestDatabase.fingerprint(), "the plan stayed where it was");
        String planId = json(editor()).get("/api/v1/plans?q=" + key).then().extract().path("items[0].id");
        json(editor()).get("/api/v1/plans/" + planId).then().body("municipalityCode", equalTo("131067"));
        jp.industryplans.TestPlans.deletePlan(planId);
    }

    @Test
    void anEntryIsTheWholeRecordAsTheContractSays() {
        // "a field the entry leaves out is cleared": an entry without its summary clears the stored one.
        String key = "import-whole-" + System.nanoTime();
        json(admin()).body(Map.of("plans", List.of(planEntry(key, "131067", "初版の概要")))).post("/api/v1/imports")
                .then().statusCode(200);
        String planId = json(editor()).get("/api/v1/plans?q=" + key).then().extract().path("items[0].id");
        json(editor()).get("/api/v1/plans/" + planId).then().body("summary", equalTo("初版の概要"));
        json(admin()).body(Map.of("plans", List.of(planEntry(key, "131067", null)))).post("/api/v1/imports")
                .then().statusCode(200).body("plans.updated", equalTo(1));
        json(editor()).get("/api/v1/plans/" + planId).then().body("summary", equalTo(null));
        jp.industryplans.TestPlans.deletePlan(planId);
    }

    @Test
    void aThemeKeyGivenTwiceIsRefusedLikeEveryOtherDuplicate() {
        String before = jp.industryplans.TestDatabase.fingerprint();
        Map<String, Object> theme = Map.of("key", "duplicate-theme", "labelJa", "重複", "labelEn", "Duplicate");
        invalid(admin()).contentType(ContentType.JSON).body(Map.of("themes", List.of(theme, theme)))
                .post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("themes[1].key"))
                .body("errors[0].message", equalTo("appears twice in the bundle"));
        assertEquals(before, jp.industryplans.TestDatabase.fingerprint());
    }
}
