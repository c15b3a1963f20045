package jp.industryplans;

import static io.restassured.RestAssured.given;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Set;

/**
 * Test requests behave like a careful client unless they say otherwise: a PUT, PATCH or
 * DELETE sent without a precondition first reads the record (with the writer's token) and sends {@code If-Match} with
 * its ETag ({@code If-None-Match: *} to create a value that does not exist yet). When that
 * read fails the test fails: a write to a record that cannot be read sends its own
 * precondition, or none, as a {@code raw()} request. A request marked
 * {@value #RAW} (removed before sending) goes out exactly as written; the precondition rules
 * themselves are tested that way.
 */
public final class ReadBeforeWriteFilter implements Filter {

    public static final String RAW = "X-Test-No-Precondition";
    private static final Set<String> CONDITIONAL = Set.of("PUT", "PATCH", "DELETE");

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        if (request.getHeaders().hasHeaderWithName(RAW)) {
            request.removeHeader(RAW);
        } else if (CONDITIONAL.contains(request.getMethod())
                && !request.getHeaders().hasHeaderWithName("If-Match")
                && !request.getHeaders().hasHeaderWithName("If-None-Match")) {
            // Read as the writer: a staff token sees the working state the write applies to,
            // where a reader without a role would see only what was released.
            var read = given().urlEncodingEnabled(false);
            if (request.getHeaders().hasHeaderWithName("Authorization")) {
                read = read.header("Authorization", request.getHeaders().getValue("Authorization"));
            }
            Response current = read.get(request.getURI());
            if (current.statusCode() == 200 && current.header("ETag") != null) {
                request.header("If-Match", current.header("ETag"));
            } else if (current.statusCode() == 404 && request.getMethod().equals("PUT")
                    && request.getURI().contains("/values/")) {
                // A value that does not exist yet is created, and says so.
                request.header("If-None-Match", "*");
            } else {
                throw new AssertionError("Read before " + request.getMethod() + " " + request.getURI()
                        + " failed (" + current.statusCode() + "): send the write raw() with the precondition it needs");
            }
        }
        return ctx.next(request, responseSpec);
    }
}
