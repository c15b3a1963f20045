package jp.industryplans;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Test requests act as an administrator unless they say otherwise: a request without an
 * Authorization header gets an admin token, and one marked {@value #ANONYMOUS} (removed
 * before sending) goes out with none. Role boundaries are tested with explicit tokens.
 */
public final class DefaultCredentialsFilter implements Filter {

    public static final String ANONYMOUS = "X-Test-Anonymous";

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
            request.removeHeader(ANONYMOUS);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + TestTokens.admin());
        }
        return ctx.next(request, responseSpec);
    }
}
