package jp.industryplans.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The records of a released plan document, flattened: the plan, each initiative of its tree,
 * each indicator, each value (id {@code indicatorId/fiscalYear/kind}) and each evaluation, with
 * their own fields only (a record's children and computed progress are records or results of
 * their own).
 */
final class ReleaseDocuments {

    /** One record of a document. */
    record Item(String resource, String id, String name, ObjectNode fields) {
    }

    private ReleaseDocuments() {
    }

    /** The records of {@code document} by {@code resource/id}, in document order; empty for null. */
    static Map<String, Item> records(JsonNode document) {
        Map<String, Item> out = new LinkedHashMap<>();
        if (document == null) {
            return out;
        }
        ObjectNode plan = ((ObjectNode) document).deepCopy();
        plan.remove("initiatives");
        plan.remove("indicators");
        plan.remove("evaluations");
        put(out, "plan", plan.path("id").asText(), plan.path("title").asText(), plan);
        initiatives(out, document.path("initiatives"));
        for (JsonNode i : document.path("indicators")) {
            ObjectNode fields = ((ObjectNode) i).deepCopy();
            fields.remove("values");
            fields.remove("progress");
            String name = i.path("displayName").asText(i.path("name").asText());
            put(out, "indicator", i.path("id").asText(), name, fields);
            for (JsonNode v : i.path("values")) {
                String id = i.path("id").asText() + "/" + v.path("fiscalYear").asText() + "/" + v.path("kind").asText();
                put(out, "indicator_value", id, name + " " + v.path("fiscalYearLabel").asText() + " "
                        + v.path("kind").asText(), ((ObjectNode) v).deepCopy());
            }
        }
        for (JsonNode e : document.path("evaluations")) {
            put(out, "evaluation", e.path("id").asText(), e.path("periodLabel").asText(e.path("key").asText()),
                    ((ObjectNode) e).deepCopy());
        }
        return out;
    }

    private static void initiatives(Map<String, Item> out, JsonNode nodes) {
        for (JsonNode n : nodes) {
            ObjectNode fields = ((ObjectNode) n).deepCopy();
            fields.remove("children");
            put(out, "initiative", n.path("id").asText(), (n.path("label").asText("") + " " + n.path("title").asText()).strip(),
                    fields);
            initiatives(out, n.path("children"));
        }
    }

    private static void put(Map<String, Item> out, String resource, String id, String name, ObjectNode fields) {
        out.put(resource + "/" + id, new Item(resource, id, name, fields));
    }
}
