package jp.industryplans;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Base of every HTTP test: all requests go through {@link ContractValidationFilter}, so each
 * request and response is checked against the committed contract; they carry only the
 * credentials the test names (a write that names no role fails, {@link DefaultCredentialsFilter}),
 * and writes send the precondition a careful client would ({@link ReadBeforeWriteFilter}).
 */
@QuarkusTestResource(TestKeys.class)
public abstract class ApiTest {

    static {
        RestAssured.filters(new DefaultCredentialsFilter(), new ReadBeforeWriteFilter(), new ContractValidationFilter());
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // JSON is UTF-8 (RFC 8259), whatever its media type says.
        RestAssured.config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultCharsetForContentType("UTF-8", "application/merge-patch+json"));
    }

    protected static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** JSON in and out, sent as {@code who}: {@code json(editor())}. */
    protected static RequestSpecification json(RequestSpecification who) {
        return who.contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request with no Authorization header at all. */
    protected static RequestSpecification anonymous() {
        return given().header(DefaultCredentialsFilter.ANONYMOUS, "true");
    }

    /** A request carrying {@code token} as its bearer token. */
    protected static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A request as a {@code plans-editor} (編集者) would send it. */
    protected static RequestSpecification editor() {
        return as(TestTokens.editor());
    }

    /** A request as a {@code plans-admin} (管理者) would send it. */
    protected static RequestSpecification admin() {
        return as(TestTokens.admin());
    }

    /** A request sent exactly as written: no If-Match is added for it. */
    protected static RequestSpecification raw() {
        return given().header(ReadBeforeWriteFilter.RAW, "true");
    }

    /** {@link #raw()} sent as {@code who}. */
    protected static RequestSpecification raw(RequestSpecification who) {
        return who.header(ReadBeforeWriteFilter.RAW, "true");
    }

    /** A request that breaks the contract on purpose: only its response is validated. */
    protected static RequestSpecification invalid() {
        return given().header(ContractValidationFilter.INVALID_REQUEST, "true");
    }

    /** {@link #invalid()} sent as {@code who}. */
    protected static RequestSpecification invalid(RequestSpecification who) {
        return who.header(ContractValidationFilter.INVALID_REQUEST, "true");
    }
}
