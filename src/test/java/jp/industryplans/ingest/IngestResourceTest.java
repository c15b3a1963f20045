package jp.industryplans.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 概要の取込 over HTTP: a dry run stores nothing, an ingest creates drafts once, and text that is
 * not a summary is refused saying where parsing stopped.
 */
@QuarkusTest
class IngestResourceTest extends ApiTest {

    private static final String R3 = "002_69dd780628cbc40f.txt";

    /** Next year's document as the TMG would publish it: the FY2021 batch, one batch later. */
    static String nextYear() throws IOException {
        return source(R3).replace("令和３年度～令和５年度", "令和４年度～令和６年度");
    }

    static String source(String name) throws IOException {
        return Files.readString(Path.of("seeds/sources", name), StandardCharsets.UTF_8);
    }

    private static RequestSpecification post(RequestSpecification as) {
        return as.contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static final List<String> NEXT_KEYS = List.of("131067-regional-2022", "131113-regional-2022",
            "131164-regional-2022", "131172-regional-2022", "132128-regional-2022");

    @AfterEach
    void removeIngestedDrafts() {
        for (String key : NEXT_KEYS) {
            String id = jp.industryplans.common.StableId.plan(key).toString();
            if (!TestDatabase.column("SELECT id FROM plan WHERE id = '" + id + "'").isEmpty()) {
                admin().delete("/api/v1/plans/" + id).then().statusCode(204);
            }
        }
    }

    @Test
    void aDryRunAnswersTheBundleAndStoresNothing() throws IOException {
        String before = TestDatabase.fingerprint();
        post(editor()).body(new IngestInput("next.txt", nextYear())).post("/api/v1/ingests?dryRun=true")
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("plans.key", equalTo(NEXT_KEYS))
                .body("plans.status", everyItem(equalTo("NEW")))
                .body("plans[1].title", equalTo("【第２次】大田区ものづくり地域産業活性化計画"))
                .body("bundle.plans[1].edition", equalTo(2))
                .body("bundle.plans[1].periodStart", equalTo(2022))
                .body("bundle.plans[1].periodEnd", equalTo(2024))
                .body("bundle.plans[0].initiatives[0].children.title",
                        equalTo(List.of("台東区産業フェアの開催", "台東デザイナーズビレッジの運営")))
                .body("bundle.plans[0].notes.text", hasItem("「台東区産業フェア 2019」展示商談会"))
                .body("bundle.plans[0].source.document", equalTo("next.txt"))
                .body("result", nullValue());
        assertEquals(before, TestDatabase.fingerprint());
    }

    @Test
    void theSeededSummaryIsStoredAlreadyAndIngestingItChangesNothing() throws IOException {
        String before = TestDatabase.fingerprint();
        post(editor()).body(new IngestInput(R3, source(R3))).post("/api/v1/ingests")
                .then().statusCode(200)
                .body("plans.status", everyItem(equalTo("ALREADY_STORED")))
                .body("plans.key", equalTo(List.of("131067-regional-2021", "131113-regional-2021",
                        "131164-regional-2021", "131172-regional-2021", "132128-regional-2021")))
                .body("result", nullValue());
        assertEquals(before, TestDatabase.fingerprint());
    }

    @Test
    void anIngestCreatesDraftsWithProvenanceOnceAndTheSameTextAgainChangesNothing() throws IOException {
        int plans = Integer.parseInt(TestDatabase.column("SELECT count(*) FROM plan").get(0));
        String id = post(editor()).body(new IngestInput("next.txt", nextYear())).post("/api/v1/ingests")
                .then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("plans.status", everyItem(equalTo("CREATED")))
                .body("result.plans.created", equalTo(5))
                .extract().path("plans[1].id");
        assertEquals(plans + 5, Integer.parseInt(TestDatabase.column("SELECT count(*) FROM plan").get(0)));
        editor().accept(ContentType.JSON).get("/api/v1/plans/" + id)
                .then().statusCode(200)
                .body("title", equalTo("【第２次】大田区ものづくり地域産業活性化計画"))
                .body("municipalityCode", equalTo("131113"))
                .body("source.document", equalTo("next.txt"))
                .body("source.quote", containsString("【計画期間：令和４年度～令和６年度】"))
                .body("initiatives[2].children.title", equalTo(List.of("「大田区ものづくり工場立地助成」の拡充",
                        "企業誘致・企業留置・不動産調査サポート業務委託の拡充", "事業承継支援")))
                .body("initiatives[2].children[0].source.quote", equalTo("「大田区ものづくり工場立地助成」の拡充(対象事業費の要件緩和)"));

        String after = TestDatabase.fingerprint();
        post(editor()).body(new IngestInput("next.txt", nextYear())).post("/api/v1/ingests")
                .then().statusCode(200)
                .body("plans.status", everyItem(equalTo("ALREADY_STORED")))
                .body("result", nullValue());
        assertEquals(after, TestDatabase.fingerprint());
    }

    @Test
    void textThatIsNotASummaryIsRefusedSayingWhereParsingStopped() throws IOException {
        String before = TestDatabase.fingerprint();
        post(editor()).body(new IngestInput("001.txt", source("001_e1ac07e1e74ba04c.txt"))).post("/api/v1/ingests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://industry-plans.example.jp/problems/not-a-summary"))
                .body("detail", containsString("expected the heading 【承認した地域産業活性化計画の概要】"))
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("line "));
        post(editor()).body(new IngestInput("x.txt", "【承認した地域産業活性化計画の概要】\n\n\nこれは計画ではない。\n"))
                .post("/api/v1/ingests?dryRun=true")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("line 4: expected a plan header 「計画名」（区市名）【計画期間：…年度～…年度】,"
                        + " found 「これは計画ではない。」"));
        assertEquals(before, TestDatabase.fingerprint());
    }

    @Test
    void anUnknownMunicipalityIsReportedByADryRunAndRefusedByAnIngest() throws IOException {
        String text = nextYear().replace("「北区地域産業活性化計画」 （北区）", "「足立区地域産業活性化計画」 （足立区）");
        String before = TestDatabase.fingerprint();
        post(editor()).body(new IngestInput("next.txt", text)).post("/api/v1/ingests?dryRun=true")
                .then().statusCode(200)
                .body("plans[3].status", equalTo("UNKNOWN_MUNICIPALITY"))
                .body("plans[3].municipalityName", equalTo("足立区"))
                .body("plans[3].municipalityCode", nullValue())
                .body("plans[3].key", nullValue())
                .body("bundle.plans.size()", equalTo(4))
                .body("notices", hasItem(containsString("「足立区」 is not in the municipality list")));
        post(editor()).body(new IngestInput("next.txt", text)).post("/api/v1/ingests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("「足立区」 is not in the municipality list"));
        assertEquals(before, TestDatabase.fingerprint());
    }

    @Test
    void onlyEditorsIngestAndDryRunIsTrueOrFalse() throws IOException {
        String before = TestDatabase.fingerprint();
        // Without a token the request lacks the security the contract requires: only the answer is checked.
        post(anonymous().header(jp.industryplans.ContractValidationFilter.INVALID_REQUEST, "true"))
                .body(new IngestInput("next.txt", nextYear())).post("/api/v1/ingests")
                .then().statusCode(401).contentType("application/problem+json");
        post(invalid().header("Authorization", "Bearer " + jp.industryplans.TestTokens.editor()))
                .body(new IngestInput("next.txt", nextYear())).post("/api/v1/ingests?dryRun=yes")
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        post(invalid().header("Authorization", "Bearer " + jp.industryplans.TestTokens.editor()))
                .body("{\"document\": \"\", \"text\": \"\"}").post("/api/v1/ingests")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        assertEquals(before, TestDatabase.fingerprint());
    }

    @Test
    void anIngestedDraftIsInvisibleToAnonymousCallersUntilReleased() throws IOException {
        String id = post(editor()).body(new IngestInput("next.txt", nextYear())).post("/api/v1/ingests")
                .then().statusCode(200).body("plans[0].status", equalTo("CREATED"))
                .extract().path("plans[0].id");
        editor().accept(ContentType.JSON).get("/api/v1/plans/" + id).then().statusCode(200)
                .body("periodStart", equalTo(2022));
        anonymous().accept(ContentType.JSON).get("/api/v1/plans/" + id).then().statusCode(404);
        anonymous().accept(ContentType.JSON).get("/api/v1/plans/" + id + "/initiatives").then().statusCode(404);
        anonymous().accept(ContentType.JSON).get("/api/v1/plans?municipality=131067&size=200")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        anonymous().accept(ContentType.JSON).get("/api/v1/initiatives?q=台東区産業フェアの開催&size=200")
                .then().statusCode(200).body("items.planId", not(hasItem(id)));

        as(jp.industryplans.TestTokens.token("publisher@city.taito.lg.jp", "plans-publisher"))
                .contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("label", "令和4年度 承認"))
                .post("/api/v1/plans/" + id + "/releases").then().statusCode(201);
        anonymous().accept(ContentType.JSON).get("/api/v1/plans/" + id).then().statusCode(200)
                .body("title", equalTo("台東区地域産業活性化計画"))
                .body("periodStart", equalTo(2022));
    }
}
