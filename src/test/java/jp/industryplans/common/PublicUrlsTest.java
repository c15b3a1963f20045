package jp.industryplans.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Optional;
import java.util.UUID;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links and locations never take the address a client claims (Host, Forwarded) for the service's own. */
@QuarkusTest
class PublicUrlsTest extends ApiTest {

    @Test
    void aHostileHostIsNeverEchoedIntoLinks() {
        for (String header : new String[] {"Host", "X-Forwarded-Host", "Forwarded"}) {
            String value = header.equals("Forwarded") ? "host=evil.example;proto=https" : "evil.example";
            String link = given().header(header, value).get("/api/v1/plans?size=1&kind=REGIONAL_INDUSTRY_REVITALIZATION")
                    .then().statusCode(200).extract().header("Link");
            assertThat(header, link, not(containsString("evil")));
            assertThat(link, startsWith("</api/v1/plans?kind=REGIONAL_INDUSTRY_REVITALIZATION&page=0&size=1>; rel=\"first\""));
        }
    }

    @Test
    void aHostileHostIsNeverEchoedIntoLocation() {
        String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String location = admin().header("Host", "evil.example").contentType(ContentType.JSON)
                .body(TestPlans.planBody(key)).post("/api/v1/plans")
                .then().statusCode(201).extract().header("Location");
        assertThat(location, startsWith("/api/v1/plans/"));
        String id = editor().get(location).then().statusCode(200).extract().path("id");
        assertEquals("/api/v1/plans/" + id, location);
        TestPlans.deletePlan(id);
    }

    @Test
    void aConfiguredBaseUrlPrefixesEveryAddress() {
        PublicUrls urls = new PublicUrls(Optional.of("https://gw.city.lg.jp/industry-plans/"), null);
        assertEquals("https://gw.city.lg.jp/industry-plans/api/v1/plans?page=1", urls.of("/api/v1/plans?page=1"));
        assertEquals("/api/v1/plans?page=1", new PublicUrls(Optional.of(" "), null).of("/api/v1/plans?page=1"));
        assertTrue(urls.problems().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.city.lg.jp", "ftp://api.city.lg.jp", "https://", "https://api.city.lg.jp/?x=1",
            "https://user@api.city.lg.jp", "https://api.city.lg.jp/#top", "https://api city.lg.jp"})
    void aMalformedBaseUrlIsAProblemThatNamesTheSetting(String url) {
        var problems = new PublicUrls(Optional.of(url), null).problems();
        assertEquals(1, problems.size(), url);
        assertThat(problems.get(0), startsWith("INDUSTRYPLANS_PUBLIC_BASE_URL"));
    }
}
