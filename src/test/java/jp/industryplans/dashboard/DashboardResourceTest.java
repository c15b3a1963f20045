package jp.industryplans.dashboard;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.industryplans.ApiTest;
import jp.industryplans.SeedFiles;
import jp.industryplans.TestDatabase;
import jp.industryplans.TestPlans;
import jp.industryplans.indicator.CountingMode;
import jp.industryplans.indicator.Direction;
import jp.industryplans.indicator.GeneratedIndicators;
import jp.industryplans.indicator.GeneratedPlan;
import jp.industryplans.indicator.IndicatorProgress;
import jp.industryplans.indicator.ProgressBasis;
import jp.industryplans.indicator.ProgressRules;
import jp.industryplans.indicator.ProgressStatus;
import jp.industryplans.indicator.QualitativeValue;
import jp.industryplans.indicator.ValueKind;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardResourceTest extends ApiTest {

    @Test
    void acrossTokyoInReiwa3() {
        // Every regional plan runs in FY2021; neither Taito sheet does (FY2015–17, FY2019–20).
        json(editor()).get("/api/v1/dashboard/summary?fiscalYear=令和3年度")
                .then().statusCode(200)
                .body("fiscalYear", equalTo(2021))
                .body("fiscalYearLabel", equalTo("令和3年度"))
                .body("fiscalYearSource", equalTo("REQUESTED"))
                .body("periods", hasSize(3))
                .body("plans", equalTo(15))
                .body("indicators", equalTo(0))
                .body("byMunicipality", hasSize(15))
                .body("byMunicipality[0].code", equalTo("131067"))
                .body("byMunicipality[0].plans", equalTo(1))
                .body("byMunicipality[0].initiatives", equalTo(7));
    }

    @Test
    void byDefaultOnlyThePlansInForceInTheLatestYearWithActualsAreCounted() {
        // Taito's latest confirmed actuals are of FY2020: only the 令和元～２年度 sheet, not the 2015–17 one beside it.
        json(editor()).get("/api/v1/dashboard/summary?municipality=131067")
                .then().statusCode(200)
                .body("municipality", equalTo("131067"))
                .body("fiscalYear", equalTo(2020))
                .body("fiscalYearSource", equalTo("LATEST_ACTUAL"))
                .body("periods", hasSize(1))
                .body("periods[0].periodStart", equalTo(2019))
                .body("periods[0].periodEnd", equalTo(2020))
                .body("periods[0].plans", equalTo(1))
                .body("plans", equalTo(1))
                .body("indicators", equalTo(17))
                .body("byMunicipality[0].indicators", equalTo(17));
        // The earlier sheet is there for whoever asks for its years.
        json(editor()).get("/api/v1/dashboard/summary?municipality=131067&fiscalYear=H28")
                .then().statusCode(200)
                .body("fiscalYearSource", equalTo("REQUESTED"))
                .body("periods[0].periodStart", equalTo(2015))
                .body("plans", equalTo(1))
                .body("indicators", equalTo(6));
        // Nationwide, the same year decides: the plans in force in FY2020.
        json(editor()).get("/api/v1/dashboard/summary")
                .then().statusCode(200)
                .body("fiscalYear", equalTo(2020))
                .body("fiscalYearSource", equalTo("LATEST_ACTUAL"))
                .body("plans", equalTo(11))
                .body("indicators", equalTo(17));
    }

    /**
     * The expected counts come from the seed file, not from the API: each indicator of the
     * 令和元～２年度 sheet judged by the progress rule from the figures its file gives.
     */
    @Test
    void statusesRestingOnEstimatesAreCountedApart() {
        JsonPath summary = json(editor()).get("/api/v1/dashboard/summary?municipality=131067")
                .then().statusCode(200).extract().jsonPath();
        List<IndicatorProgress> sheet = judgedFromTheSeedFile("131067-verification-2019-m35");
        List<ProgressStatus> onEstimate = sheet.stream().filter(p -> p.basis() == ProgressBasis.ESTIMATE)
                .map(IndicatorProgress::status).toList();
        assertEquals(17, sheet.size());
        assertTrue(onEstimate.size() > 5, "most of the sheet's verdicts rest on 令和3年度 見込み: " + onEstimate);
        assertEquals(count(onEstimate, ProgressStatus.ACHIEVED), summary.getInt("indicatorStatus.onEstimates.achieved"));
        assertEquals(count(onEstimate, ProgressStatus.ON_TRACK), summary.getInt("indicatorStatus.onEstimates.onTrack"));
        assertEquals(count(onEstimate, ProgressStatus.BEHIND), summary.getInt("indicatorStatus.onEstimates.behind"));
        List<ProgressStatus> all = sheet.stream().map(IndicatorProgress::status).toList();
        assertEquals(count(all, ProgressStatus.ACHIEVED), summary.getInt("indicatorStatus.achieved"));
        assertEquals(count(all, ProgressStatus.ON_TRACK), summary.getInt("indicatorStatus.onTrack"));
        assertEquals(count(all, ProgressStatus.BEHIND), summary.getInt("indicatorStatus.behind"));
        assertEquals(count(all, ProgressStatus.NO_DATA), summary.getInt("indicatorStatus.noData"));
    }

    private static long count(List<ProgressStatus> statuses, ProgressStatus status) {
        return statuses.stream().filter(status::equals).count();
    }

    /** Every indicator of the plan's seed file (its own and its initiatives'), judged by the rule. */
    private static List<IndicatorProgress> judgedFromTheSeedFile(String planKey) {
        JsonNode plan = SeedFiles.plans().stream().filter(p -> p.path("key").asText().equals(planKey))
                .findFirst().orElseThrow();
        List<JsonNode> indicators = new ArrayList<>();
        plan.path("indicators").forEach(indicators::add);
        SeedFiles.initiatives(plan).forEach(i -> i.path("indicators").forEach(indicators::add));
        List<IndicatorProgress> judged = new ArrayList<>();
        for (JsonNode i : indicators) {
            JsonNode baseline = i.path("baseline");
            IndicatorProgress.Subject subject = new IndicatorProgress.Subject(
                    CountingMode.valueOf(i.path("countingMode").asText()), Direction.valueOf(i.path("direction").asText()),
                    i.path("unit").asText(null), baseline.hasNonNull("fiscalYear") ? baseline.get("fiscalYear").asInt() : null,
                    decimal(baseline.path("value")), baseline.path("fiscalYearInferred").asBoolean(false));
            List<IndicatorProgress.Point> points = new ArrayList<>();
            for (JsonNode v : i.path("values")) {
                points.add(new IndicatorProgress.Point(v.path("fiscalYear").asInt(), ValueKind.valueOf(v.path("kind").asText()),
                        decimal(v.path("value")),
                        v.hasNonNull("qualitative") ? QualitativeValue.valueOf(v.get("qualitative").asText()) : null,
                        v.path("fiscalYearInferred").asBoolean(false)));
            }
            judged.add(IndicatorProgress.of(subject, points, ProgressRules.STANDARD));
        }
        return judged;
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }

    @Test
    void withoutAnyActualEveryPlanIsCountedAndSaidSo() {
        json(editor()).get("/api/v1/dashboard/summary?municipality=131075")
                .then().statusCode(200)
                .body("fiscalYear", nullValue())
                .body("fiscalYearSource", equalTo("ALL_PLANS"))
                .body("plans", equalTo(1))
                .body("periods[0].periodStart", equalTo(2019));
    }

    @Test
    void badFiltersAreNamed() {
        invalid().get("/api/v1/dashboard/summary?fiscalYear=明治5年")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("fiscalYear"));
        invalid().get("/api/v1/dashboard/summary?municipality=999999")
                .then().statusCode(400).body("errors[0].field", equalTo("municipality"));
    }

    /**
     * The rule in SQL (sql/indicator-status.sql, which the dashboard's as-of roll-up and V6 use)
     * judges every indicator as the Java rule does: seeded indicators and generated ones of
     * every counting mode, one by one, status and basis; and the roll-ups count them alike.
     */
    @Test
    void theDatabaseRuleAgreesWithTheJavaRuleOnEveryIndicator() throws IOException {
        String plan = GeneratedPlan.importPlan(GeneratedIndicators.generate(12L, 150));
        try {
            Map<String, List<String>> java = new HashMap<>();
            for (int page = 0; ; page++) {
                JsonPath items = json(editor()).get("/api/v1/indicators?size=200&page=" + page).then().statusCode(200)
                        .extract().jsonPath();
                List<String> ids = items.getList("items.id");
                for (int i = 0; i < ids.size(); i++) {
                    java.put(ids.get(i), List.of(items.getString("items[" + i + "].progress.status"),
                            String.valueOf(items.getString("items[" + i + "].progress.basis"))));
                }
                if (ids.size() < 200) {
                    break;
                }
            }
            Map<String, List<String>> sql = new HashMap<>();
            for (List<String> row : TestDatabase.rows("SELECT id, status, basis FROM (" + statusSql(null) + ") j")) {
                sql.put(row.get(0), List.of(row.get(1), String.valueOf(row.get(2))));
            }
            assertTrue(java.size() >= 173, "seeded and generated indicators: " + java.size());
            List<String> disagreements = java.entrySet().stream().filter(e -> !e.getValue().equals(sql.get(e.getKey())))
                    .map(e -> e.getKey() + " java " + e.getValue() + " sql " + sql.get(e.getKey())).toList();
            assertEquals(List.of(), disagreements);

            // Both roll-ups of the generated plan: stored statuses by default, SQL as of FY2025.
            JsonPath own = json(editor()).get("/api/v1/indicators?plan=" + plan + "&size=200").then().statusCode(200)
                    .extract().jsonPath();
            List<String> statuses = own.getList("items.progress.status");
            List<String> estimated = own.getList("items.findAll { it.progress.basis == 'ESTIMATE' }.progress.status");
            for (String query : List.of("municipality=131067", "municipality=131067&fiscalYear=2025")) {
                JsonPath summary = json(editor()).get("/api/v1/dashboard/summary?" + query).then().statusCode(200)
                        .body("plans", equalTo(1)).extract().jsonPath();
                assertEquals(GeneratedPlan.LAST_YEAR, summary.getInt("fiscalYear"), query);
                assertEquals(statuses.size(), summary.getInt("indicators"), query);
                assertEquals(List.of(count(statuses, "ACHIEVED"), count(statuses, "ON_TRACK"), count(statuses, "BEHIND"),
                                count(statuses, "NO_DATA"), count(estimated, "ACHIEVED"), count(estimated, "ON_TRACK"),
                                count(estimated, "BEHIND")),
                        List.of(summary.getInt("indicatorStatus.achieved"), summary.getInt("indicatorStatus.onTrack"),
                                summary.getInt("indicatorStatus.behind"), summary.getInt("indicatorStatus.noData"),
                                summary.getInt("indicatorStatus.onEstimates.achieved"),
                                summary.getInt("indicatorStatus.onEstimates.onTrack"),
                                summary.getInt("indicatorStatus.onEstimates.behind")), query);
            }
        } finally {
            TestPlans.deletePlan(plan);
        }
    }

    /** The dashboard's SQL with its parameters written in: all municipalities, {@code fy} or none, the rules' numbers. */
    private static String statusSql(Integer fy) throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/sql/indicator-status.sql"));
        ProgressRules rules = ProgressRules.STANDARD;
        Map<String, String> values = Map.of("municipality", "NULL", "fy", fy == null ? "NULL" : fy.toString(),
                "achievedAt", rules.achievedAt().toPlainString(), "onTrackAt", rules.onTrackAt().toPlainString(),
                "rateDecimals", String.valueOf(rules.rateDecimals()));
        Matcher m = Pattern.compile("(?<!:):(municipality|fy|achievedAt|onTrackAt|rateDecimals)\\b").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, values.get(m.group(1)));
        }
        return m.appendTail(out).toString();
    }

    private static int count(List<String> statuses, String status) {
        return (int) statuses.stream().filter(status::equals).count();
    }
}
