package jp.industryplans.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.industryplans.ApiTest;
import jp.industryplans.TestDatabase;
import jp.industryplans.TestPlans;
import jp.industryplans.TestTokens;
import org.junit.jupiter.api.Test;

/** The audit trail: each record's history, and a change feed another system can mirror from. */
@QuarkusTest
class ChangeFeedTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("municipality", "theme", "plan", "initiative", "indicator",
            "indicator_value", "evaluation", "plan_release");

    /**
     * A mirror that knows nothing but the feed: resource → id → stored record. It reads as an
     * editor, who sees the working state (callers without a role see only what was released).
     */
    private static final class Mirror {
        final Map<String, Map<String, JsonNode>> records = new TreeMap<>();
        String cursor = "0";
        int applied;

        void catchUp() throws Exception {
            boolean more = true;
            while (more) {
                String body = json(editor()).queryParam("after", cursor).queryParam("limit", 250).get("/api/v1/changes")
                        .then().statusCode(200).extract().asString();
                JsonNode feed = JSON.readTree(body);
                for (JsonNode change : feed.get("items")) {
                    Map<String, JsonNode> table = records.computeIfAbsent(change.get("resource").asText(),
                            k -> new HashMap<>());
                    String id = change.get("id").asText();
                    if (change.get("action").asText().equals("DELETE")) {
                        table.remove(id);
                    } else {
                        table.put(id, canonical(change.get("after")));
                    }
                    applied++;
                }
                cursor = feed.get("next").asText();
                more = feed.get("hasMore").asBoolean();
            }
        }
    }

    /**
     * A record with every number as its value alone: a stored numeric 1.0 and the feed's 1 are
     * the same JSON number (RFC 8259), which JsonNode equality would tell apart.
     */
    private static JsonNode canonical(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return JsonNodeFactory.instance.numberNode(node.decimalValue().stripTrailingZeros());
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), canonical(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> out.add(canonical(e)));
            return out;
        }
        return node;
    }

    /** What the service stores now, read straight from its tables, in the feed's shape. */
    private static Map<String, Map<String, JsonNode>> stored() throws Exception {
        Map<String, Map<String, JsonNode>> all = new TreeMap<>();
        for (String table : TABLES) {
            String key = switch (table) {
                case "municipality" -> "r ->> 'code'";
                case "theme" -> "r ->> 'key'";
                case "indicator_value" -> "concat_ws('/', r ->> 'indicator_id', r ->> 'fiscal_year', r ->> 'kind')";
                case "plan_release" -> "concat_ws('/', r ->> 'plan_id', r ->> 'seq')";
                default -> "r ->> 'id'";
            };
            Map<String, JsonNode> rows = new HashMap<>();
            for (String line : TestDatabase.column("SELECT json_build_array(" + key + ", r)::text FROM "
                    + "(SELECT to_jsonb(t) - 'search_text' AS r FROM " + table + " t) s")) {
                JsonNode pair = JSON.readTree(line);
                rows.put(pair.get(0).asText(), canonical(pair.get(1)));
            }
            if (!rows.isEmpty()) {
                all.put(table, rows);
            }
        }
        return all;
    }

    @Test
    void aMirrorBuiltOnlyFromTheFeedEqualsTheStoredData() throws Exception {
        Mirror mirror = new Mirror();
        mirror.catchUp();
        assertEquals(stored(), mirror.records, "the feed from the start rebuilds everything stored so far");
        int before = mirror.applied;

        // A mixed series of writes: creates, replaces, patches, value upserts, deletes, cascades.
        String plan = TestPlans.createPlan();
        String pillar = TestPlans.createInitiative(plan, null, "p1", "柱一");
        String measure = TestPlans.createInitiative(plan, pillar, "m1", "施策一");
        String indicator = TestPlans.createIndicator(plan, measure, "k1");
        json(admin()).header("If-None-Match", "*").body(Map.of("value", 10)).put("/api/v1/indicators/" + indicator
                + "/values/2024/TARGET").then().statusCode(201);
        json(admin()).body(Map.of("value", 11)).put("/api/v1/indicators/" + indicator + "/values/2024/TARGET")
                .then().statusCode(200);
        json(admin()).header("If-None-Match", "*").body(Map.of("value", 7)).put("/api/v1/indicators/" + indicator
                + "/values/2025/TARGET").then().statusCode(201);
        json(admin()).delete("/api/v1/indicators/" + indicator + "/values/2025/TARGET").then().statusCode(204);
        admin().contentType("application/merge-patch+json").body(Map.of("summary", "フィード試験"))
                .patch("/api/v1/plans/" + plan).then().statusCode(200);
        // A release (公表) is a write the feed carries too.
        as(TestTokens.token("publisher@test", "plans-publisher")).contentType("application/json")
                .body(Map.of("label", "フィード試験版")).post("/api/v1/plans/" + plan + "/releases")
                .then().statusCode(201);
        String other = TestPlans.createPlan();
        TestPlans.createIndicator(other, TestPlans.createInitiative(other, null, "p1", "別の柱"), "k2");
        // Deleting the pillar takes its measure and the indicator with it; deleting the other
        // plan takes its whole tree: the feed lists each record that went.
        json(admin()).delete("/api/v1/initiatives/" + pillar).then().statusCode(204);
        TestPlans.deletePlan(other);

        mirror.catchUp();
        assertFalse(mirror.applied - before < 12, "the writes above appear in the feed");
        assertEquals(stored(), mirror.records, "after the writes, the mirror still equals the stored data");
        TestPlans.deletePlan(plan);
        mirror.catchUp();
        assertEquals(stored(), mirror.records);
    }

    @Test
    void theFeedPagesWithACursorAndRefusesABadOne() {
        String first = json().queryParam("limit", 5).get("/api/v1/changes").then().statusCode(200)
                .body("items", hasSize(5)).body("hasMore", equalTo(true))
                .body("items[0].cursor", equalTo("1"))
                .extract().path("next");
        json().queryParam("after", first).queryParam("limit", 5).get("/api/v1/changes").then().statusCode(200)
                .body("items[0].cursor", equalTo(String.valueOf(Long.parseLong(first) + 1)));
        String end = json().queryParam("after", "999999999999").get("/api/v1/changes").then().statusCode(200)
                .body("items", hasSize(0)).body("hasMore", equalTo(false)).extract().path("next");
        assertEquals("999999999999", end, "with nothing new, next stays where it was");
        for (String bad : new String[] {"-1", "abc", "1e3"}) {
            invalid().queryParam("after", bad).get("/api/v1/changes").then().statusCode(400)
                    .body("errors[0].field", equalTo("after"));
        }
        invalid().queryParam("limit", 0).get("/api/v1/changes").then().statusCode(400);
        invalid().queryParam("limit", 1001).get("/api/v1/changes").then().statusCode(400);
    }

    @Test
    void aRecordsHistoryIsNewestFirstWithWhoWhenAndWhat() {
        String plan = TestPlans.createPlan();
        String path = "/api/v1/plans/" + plan;
        admin().contentType("application/merge-patch+json").body(Map.of("summary", "一回目"))
                .patch(path).then().statusCode(200);
        as(TestTokens.token("editor@city.example.lg.jp", TestTokens.EDITOR)).header("X-Request-Id", "ward-sys-42")
                .contentType("application/merge-patch+json").body(Map.of("summary", "二回目"))
                .patch(path).then().statusCode(200).header("X-Request-Id", equalTo("ward-sys-42"));
        json(editor()).get(path + "/history").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", equalTo(List.of("UPDATE", "UPDATE", "CREATE")))
                .body("items[0].actor", equalTo("editor@city.example.lg.jp"))
                .body("items[0].requestId", equalTo("ward-sys-42"))
                .body("items[0].before.summary", equalTo("一回目"))
                .body("items[0].after.summary", equalTo("二回目"))
                .body("items[1].actor", equalTo("admin@test"))
                .body("items[2].before", nullValue())
                .body("items[2].after.id", equalTo(plan));
        json(editor()).get(path + "/history?size=1&page=1").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].after.summary", equalTo("一回目"));
        TestPlans.deletePlan(plan);
        // The history outlives the record: the deletion is its newest entry.
        json(editor()).get(path + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("DELETE")).body("items[0].after", nullValue())
                .body("total", greaterThan(3));
        json(editor()).get("/api/v1/plans/00000000-0000-5000-8000-000000000000/history").then().statusCode(404);
    }

    @Test
    void anIndicatorsHistoryHoldsItsValues() {
        String plan = TestPlans.createPlan();
        String indicator = TestPlans.createIndicator(plan, null, "k1");
        json(admin()).header("If-None-Match", "*").body(Map.of("value", 5)).put("/api/v1/indicators/" + indicator
                + "/values/2024/ACTUAL").then().statusCode(201);
        json(editor()).get("/api/v1/indicators/" + indicator + "/history").then().statusCode(200)
                .body("items[0].resource", equalTo("indicator_value"))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].id", equalTo(indicator + "/2024/ACTUAL"))
                .body("items[0].after.value.toString().toBigDecimal()", comparesEqualTo(new java.math.BigDecimal("5")))
                .body("items[-1].resource", equalTo("indicator"))
                .body("items[-1].action", equalTo("CREATE"));
        TestPlans.deletePlan(plan);
    }
}
