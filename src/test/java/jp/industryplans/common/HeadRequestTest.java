package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.industryplans.ApiTest;
import jp.industryplans.ContractOperations;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** HEAD is GET without the body: same status and headers, on every GET operation of the contract. */
@QuarkusTest
class HeadRequestTest extends ApiTest {

    @TestFactory
    Stream<DynamicTest> everyGetOperationAnswersHeadWithTheHeadersOfGet() {
        return ContractOperations.reads().stream().flatMap(op -> Stream.of(
                DynamicTest.dynamicTest(op + " 200", () -> {
                    Response get = compare(op.path(), request -> request);
                    assertEquals(200, get.statusCode(), op + ": " + get.asString());
                    // A conditional HEAD is answered as the conditional GET: 304 alike.
                    String etag = get.header("ETag");
                    assertTrue(etag != null, op + " has no ETag");
                    Response notModified = compare(op.path(), request -> request.header("If-None-Match", etag));
                    assertEquals(304, notModified.statusCode(), op.toString());
                }),
                DynamicTest.dynamicTest(op + " error", () -> {
                    Response error = compare(broken(op), request -> request);
                    assertTrue(error.statusCode() < 500, op + " → " + error.statusCode());
                })));
    }

    /** The operation's path made wrong: an unknown record, or bad parameters (which a few operations ignore). */
    private static String broken(ContractOperations.Operation op) {
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        if (op.path().matches(".*" + uuid + ".*")) {
            return op.path().replaceFirst(uuid, "00000000-0000-5000-8000-000000000000");
        }
        if (op.template().endsWith("}")) {
            return op.path() + "-unknown";
        }
        return op.path() + "?page=-1&limit=0&fiscalYear=x";
    }

    /** Sends GET and HEAD alike; asserts the same status and headers, and no body for HEAD. Returns the GET. */
    private static Response compare(String path, Function<RequestSpecification, RequestSpecification> with) {
        String id = "head-test-" + path.hashCode();
        Response get = with.apply(invalid().header("X-Request-Id", id)).get(path);
        Response head = with.apply(invalid().header("X-Request-Id", id)).head(path);
        assertEquals(get.statusCode(), head.statusCode(), "HEAD " + path);
        assertEquals(headers(get), headers(head), "HEAD " + path);
        assertEquals(0, head.asByteArray().length, "HEAD " + path + " has a body");
        if (get.statusCode() == 200) {
            assertEquals(String.valueOf(get.asByteArray().length), head.header("Content-Length"), "HEAD " + path);
        }
        return get;
    }

    private static List<String> headers(Response response) {
        List<String> all = new ArrayList<>();
        for (Header h : response.headers()) {
            all.add(h.getName().toLowerCase(Locale.ROOT) + ": " + h.getValue());
        }
        all.sort(null);
        return all;
    }
}
