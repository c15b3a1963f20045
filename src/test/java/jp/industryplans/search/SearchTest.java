package jp.industryplans.search;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import jp.industryplans.ApiTest;
import org.junit.jupiter.api.Test;

/** Free-text search ({@code q}) over the seeded documents, as a person would type it. */
@QuarkusTest
class SearchTest extends ApiTest {

    @Test
    void aTwoCharacterJapaneseWordFindsPlansThroughTheirInitiatives() {
        json().queryParam("q", "創業").get("/api/v1/plans?size=50")
                .then().statusCode(200)
                .body("total", greaterThan(5))
                .body("items.municipalityName", hasItems("品川区", "国立市", "江戸川区", "荒川区"));
        // 武蔵小山創業支援センター is named only in a project of 品川区, not in the plan's own text.
        json().queryParam("q", "武蔵小山").get("/api/v1/plans")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].municipalityName", equalTo("品川区"));
    }

    @Test
    void fullWidthAndHalfWidthFindEachOther() {
        // The 2015 Taito sheet writes ＴＡＳＫ in full width.
        for (String q : new String[] {"TASK", "ＴＡＳＫ", "task"}) {
            json().queryParam("q", q).get("/api/v1/initiatives")
                    .then().statusCode(200)
                    .body("items.title", hasItem("ＴＡＳＫプロジェクトの推進"));
        }
        // 品川区 writes ITスタートアップ in half width.
        json().queryParam("q", "ＩＴスタートアップ").get("/api/v1/initiatives")
                .then().statusCode(200)
                .body("items.title", hasItem("ITスタートアップ支援事業"));
    }

    @Test
    void editionMarkersAndDecimalFiguresMatchAcrossWidths() {
        json().queryParam("q", "第2次").get("/api/v1/plans")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].title", equalTo("【第２次】大田区ものづくり地域産業活性化計画"));
        for (String q : new String[] {"37.5", "３７.５", "３７．５"}) {
            json().queryParam("q", q).get("/api/v1/indicators")
                    .then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].baseline.text", equalTo("３７.５％"));
        }
    }

    @Test
    void searchCombinesWithOtherFiltersAndFindsNothingWhenNothingMatches() {
        // Each filter alone, then together: the answer is exactly what both allow, so dropping
        // either filter from the combination changes it.
        Set<String> searched = new TreeSet<>(json().queryParam("q", "創業").get("/api/v1/plans?size=200")
                .then().statusCode(200).extract().<String>jsonPath().getList("items.id"));
        Set<String> filtered = new TreeSet<>(json().get("/api/v1/plans?fiscalYear=2019&kind=REGIONAL_INDUSTRY_REVITALIZATION&size=200")
                .then().statusCode(200).extract().<String>jsonPath().getList("items.id"));
        Set<String> both = new TreeSet<>(searched);
        both.retainAll(filtered);
        assertTrue(!both.isEmpty() && both.size() < searched.size() && both.size() < filtered.size(),
                "the example narrows both ways: " + searched + " ∩ " + filtered);
        json().queryParam("q", "創業").get("/api/v1/plans?fiscalYear=2019&kind=REGIONAL_INDUSTRY_REVITALIZATION")
                .then().statusCode(200)
                .body("total", equalTo(both.size()))
                .body("items.id", containsInAnyOrder(both.toArray()))
                .body("items.municipalityName", hasItems("荒川区", "青梅市"));
        json().queryParam("q", "宇宙旅行").get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(0));
    }

    /**
     * LIKE's wildcards and its escape character are searched for as themselves: no seeded text
     * holds {@code _}, {@code \} or {@code 100%}, so each finds nothing on every searchable
     * collection (unescaped, {@code _} and {@code %} would match everything, and a lone
     * {@code \} would be a broken pattern).
     */
    @Test
    void wildcardsAreSearchedForLiterally() {
        for (String collection : new String[] {"plans", "initiatives", "indicators"}) {
            int all = json().get("/api/v1/" + collection).then().statusCode(200).extract().path("total");
            assertTrue(all > 0, collection);
            for (String q : new String[] {"_", "__", "\\", "100%", "%_\\"}) {
                json().queryParam("q", q).get("/api/v1/" + collection)
                        .then().statusCode(200).body("total", equalTo(0));
            }
            // A lone % finds only texts that hold one (some figures do), never everything.
            json().queryParam("q", "%").get("/api/v1/" + collection + "?size=200")
                    .then().statusCode(200).body("total", lessThan(all));
        }
    }
}
