package jp.industryplans;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Base of every HTTP test: all requests go through {@link ContractValidationFilter}, so each
 * request and response is checked against the committed contract.
 */
public abstract class ApiTest {

    static {
        RestAssured.filters(new ContractValidationFilter());
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    protected static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request that breaks the contract on purpose: only its response is validated. */
    protected static RequestSpecification invalid() {
        return given().header(ContractValidationFilter.INVALID_REQUEST, "true");
    }
}
