package jp.industryplans.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * Every indicator the API serves — the seeded ones and generated ones of every counting mode —
 * keeps the invariants of {@link ProgressInvariants} under the rule as {@code GET /progress/rules}
 * publishes it: its numbers, read back from the answer, are the ones the statuses follow.
 */
@QuarkusTest
class PublishedRuleTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everySeededAndGeneratedIndicatorKeepsThePublishedRule() throws Exception {
        ProgressRules published = JSON.readValue(json(editor()).get("/api/v1/progress/rules").then().statusCode(200)
                .extract().asString(), ProgressRules.class);
        assertEquals(ProgressRules.STANDARD, published, "the rules endpoint serves the rule the code applies");
        String plan = GeneratedPlan.importPlan(GeneratedIndicators.generate(7L, 150));
        try {
            List<String> faults = new ArrayList<>();
            int seeded = 0;
            int checked = 0;
            for (int page = 0; ; page++) {
                JsonNode items = JSON.readTree(json(editor()).get("/api/v1/indicators?size=200&page=" + page)
                        .then().statusCode(200).extract().asString()).path("items");
                for (JsonNode i : items) {
                    IndicatorProgress progress = JSON.treeToValue(i.path("progress"), IndicatorProgress.class);
                    JsonNode base = i.path("baseline").path("value");
                    faults.addAll(ProgressInvariants.faults(i.path("displayName").asText(),
                            Direction.valueOf(i.path("direction").asText()),
                            base.isNumber() ? base.decimalValue() : null, progress, published));
                    seeded += i.path("source").isObject() ? 1 : 0;
                    checked++;
                    if (progress.projection() != null) {
                        assertTrue(progress.projection().value().signum() >= 0 || !i.path("source").isObject(),
                                "a seeded projection below zero: " + i.path("displayName").asText());
                    }
                }
                if (items.size() < 200) {
                    break;
                }
            }
            assertEquals(List.of(), faults.stream().limit(3).toList(), faults.size() + " faults");
            assertTrue(seeded >= 23 && checked >= 173, seeded + " seeded, " + checked + " checked");
        } finally {
            TestPlans.deletePlan(plan);
        }
    }

    @Test
    void theRulesSayWhatEachCountingModeDoesInTheNumbersTheCodeUses() throws Exception {
        JsonNode rules = JSON.readTree(json(editor()).get("/api/v1/progress/rules").then().statusCode(200)
                .extract().asString());
        assertEquals(0, new BigDecimal("1.00").compareTo(rules.path("achievedAt").decimalValue()));
        assertEquals(0, new BigDecimal("0.90").compareTo(rules.path("onTrackAt").decimalValue()));
        assertEquals("0.90 ≤ rate < 1.00", rules.path("statuses").path(1).path("rule").asText());
        List<String> modes = new ArrayList<>();
        rules.path("countingModes").forEach(m -> modes.add(m.path("mode").asText() + " " + m.path("labelJa").asText()
                + " " + m.path("projected").asBoolean()));
        assertEquals(List.of("PER_YEAR 年度ごとの量 false", "RUNNING_TOTAL 累計 true", "GROSS_PER_YEAR 延べ false",
                "LEVEL 水準 true", "QUALITATIVE 定性 false"), modes);
        assertTrue(rules.path("basis").asText().contains("見込み")
                && rules.path("inferredYears").asText().contains("fiscalYearInferred")
                && rules.path("rollUp").asText().contains("latest fiscal year with a confirmed actual"));
    }
}
