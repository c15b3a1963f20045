package jp.industryplans.municipality;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jp.industryplans.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MunicipalityResourceTest extends ApiTest {

    @Test
    void listsTheFifteenSeededMunicipalitiesInCodeOrder() {
        json().get("/api/v1/municipalities?size=200")
                .then().statusCode(200)
                .body("total", equalTo(15))
                .body("items", hasSize(15))
                .body("items[0].code", equalTo("131067"))
                .body("items.name", hasItems("台東区", "品川区", "八王子市", "国立市"))
                .header("Link", containsString("rel=\"first\""));
    }

    @Test
    void pagesCarryLinkHeaders() {
        json().get("/api/v1/municipalities?size=5&page=1&sort=-code")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("page", equalTo(1))
                .body("size", equalTo(5))
                .header("Link", containsString("page=0&size=5>; rel=\"prev\""))
                .header("Link", containsString("page=2&size=5>; rel=\"next\""))
                .header("Link", containsString("page=2&size=5>; rel=\"last\""));
    }

    @Test
    void getsOneByCode() {
        json().get("/api/v1/municipalities/131067")
                .then().statusCode(200)
                .body("name", equalTo("台東区"))
                .body("kana", equalTo("たいとうく"))
                .body("kind", equalTo("SPECIAL_WARD"))
                .body("prefecture", equalTo("東京都"));
    }

    @Test
    void aCodeWithAWrongCheckDigitIsABadRequest() {
        json().get("/api/v1/municipalities/131068")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void aValidCodeThatIsNotStoredIsNotFound() {
        // 131016 is 千代田区: a valid code, but not in the seeds.
        json().get("/api/v1/municipalities/131016")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void oversizedPagesAndUnknownSortsAreRejected() {
        invalid().get("/api/v1/municipalities?size=201&sort=population")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("size", "sort"));
    }
}
