package jp.industryplans;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates every rest-assured request and response against {@code openapi/openapi.yaml}.
 *
 * <p>A test that sends a deliberately invalid request marks it with the header
 * {@value #INVALID_REQUEST} (removed before sending): its request is not checked, but its
 * response still must match the contract, error bodies included.
 *
 * <p>Any 5xx answer fails the test, even one the contract lists: a server error is a bug,
 * unless the test provokes it on purpose (the database going away) and marks the request
 * {@value #SERVER_ERROR_EXPECTED}.
 */
public final class ContractValidationFilter implements Filter {

    public static final String INVALID_REQUEST = "X-Test-Invalid-Request";
    public static final String SERVER_ERROR_EXPECTED = "X-Test-Server-Error-Expected";

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl("openapi/openapi.yaml")
            .withLevelResolver(LevelResolver.create()
                    // The contract lists the media types the service answers with; a client's
                    // Accept header is not part of it.
                    .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        boolean invalidOnPurpose = request.getHeaders().hasHeaderWithName(INVALID_REQUEST);
        if (invalidOnPurpose) {
            request.removeHeader(INVALID_REQUEST);
        }
        boolean serverErrorExpected = request.getHeaders().hasHeaderWithName(SERVER_ERROR_EXPECTED);
        if (serverErrorExpected) {
            request.removeHeader(SERVER_ERROR_EXPECTED);
        }
        Response response = ctx.next(request, responseSpec);
        if (response.getStatusCode() >= 500 && !serverErrorExpected) {
            throw new AssertionError("Server error for " + request.getMethod() + " " + request.getURI()
                    + " → " + response.getStatusCode() + ": " + abbreviate(response.asString()));
        }
        if (request.getURI().contains("/q/")) {
            // Quarkus's own operations endpoints (health, OpenAPI, Swagger UI) are not part of the API contract.
            return response;
        }
        ValidationReport report = VALIDATOR.validate(RestAssuredRequest.of(request),
                RestAssuredResponse.of(response));
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !invalidOnPurpose || !m.getKey().startsWith("validation.request"))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("Contract violation for " + request.getMethod() + " " + request.getURI()
                    + " → " + response.getStatusCode() + ":\n" + errors.stream()
                    .map(m -> "  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"))
                    + "\nBody: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
