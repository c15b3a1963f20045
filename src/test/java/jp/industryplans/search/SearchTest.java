package jp.industryplans.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
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
        json().queryParam("q", "創業").get("/api/v1/plans?fiscalYear=2019&kind=REGIONAL_INDUSTRY_REVITALIZATION")
                .then().statusCode(200)
                .body("items.municipalityName", hasItems("荒川区", "青梅市"));
        json().queryParam("q", "宇宙旅行").get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(0));
        json().queryParam("q", "100%_\\").get("/api/v1/initiatives")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
