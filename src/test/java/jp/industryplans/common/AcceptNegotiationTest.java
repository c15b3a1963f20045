package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.industryplans.ApiTest;
import jp.industryplans.ContractOperations;
import jp.industryplans.ContractValidationFilter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No Accept value, however malformed, makes an operation fail: a malformed media range is
 * disregarded, so the answer is the one the request gets without it — on every operation of
 * the contract (reads of real records; writes refused before they change anything).
 */
@QuarkusTest
class AcceptNegotiationTest extends ApiTest {

    static final List<String> MALFORMED = List.of("", " ", ",", ", ,", ";;;,,,", "text/", "/csv", "*/csv", "a/b/c",
            "*/*;q=abc", "*/*;q=", "text/csv;q=2", "text/csv;q=0.1234", "text/csv;=x", "text/csv;q", "\"x",
            "text/csv;p=\"unclosed", "\u00ff\u00fe", "t\u00e9xt/csv", "application/json;;;==");

    @TestFactory
    Stream<DynamicTest> aMalformedAcceptIsAnsweredAsIfItWereAbsent() {
        return ContractOperations.all().stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            Supplier<RequestSpecification> request = () -> op.method().equals("GET") ? invalid()
                    // Writes change nothing: an empty body to create (refused, or an empty import),
                    // a replace, patch or delete with a token that is not one.
                    : op.method().equals("POST") ? invalid(admin()).contentType("application/json").body("{}")
                    : raw().header("X-Test-Invalid-Request", "true").header("Authorization", "Bearer not-a-token");
            Response expected = request.get().header("Accept", "*/*").request(op.method(), op.path());
            assertTrue(expected.statusCode() < 500, op + " → " + expected.statusCode());
            for (String accept : MALFORMED) {
                // Checked against the answer above, which the contract filter checked.
                Response actual = request.get().noFiltersOfType(ContractValidationFilter.class)
                        .header("Accept", accept).request(op.method(), op.path());
                String what = op + " with Accept: '" + accept + "'";
                assertEquals(expected.statusCode(), actual.statusCode(), what + ": " + actual.asString());
                assertEquals(expected.contentType(), actual.contentType(), what);
                if (actual.statusCode() >= 400) {
                    assertTrue(actual.contentType().startsWith("application/problem+json"), what);
                }
            }
        }));
    }
}
