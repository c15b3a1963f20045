package jp.industryplans;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Set;

/**
 * Test requests carry no credentials they did not ask for: nothing is added by default, so a
 * test proves what its own role may do. A read without an Authorization header goes out as an
 * anonymous reader would send it (reads are public); a write must name its role
 * ({@code editor()}, {@code admin()}, {@code as(token)}, or {@code anonymous()} to be refused),
 * else the test fails before anything is sent. A request marked {@value #ANONYMOUS} (removed
 * before sending) goes out with no Authorization header.
 */
public final class DefaultCredentialsFilter implements Filter {

    public static final String ANONYMOUS = "X-Test-Anonymous";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
            request.removeHeader(ANONYMOUS);
            request.removeHeader("Authorization");
        } else if (WRITES.contains(request.getMethod()) && !request.getHeaders().hasHeaderWithName("Authorization")) {
            throw new AssertionError(request.getMethod() + " " + request.getURI()
                    + " names no role: send it as editor(), admin(), as(token) or anonymous()");
        }
        return ctx.next(request, responseSpec);
    }
}
