package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests refused by the HTTP layer before they reach a resource still get a problem+json
 * answer: a body over {@code quarkus.http.limits.max-body-size} (413), a request line or header
 * block over this service's limits (414, 431; the HTTP layer reads up to larger hard limits so
 * that these can be answered here), a request the server cannot route (no Host, 400).
 */
@ApplicationScoped
public class HttpFailures {

    private final ObjectMapper mapper;
    private final long maxBody;
    private final int maxRequestLine;
    private final long maxHeaders;

    HttpFailures(ObjectMapper mapper,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
                 @ConfigProperty(name = "industryplans.http.max-request-line") int maxRequestLine,
                 @ConfigProperty(name = "industryplans.http.max-header-size") MemorySize maxHeaders) {
        this.mapper = mapper;
        this.maxBody = maxBody.asLongValue();
        this.maxRequestLine = maxRequestLine;
        this.maxHeaders = maxHeaders.asLongValue();
    }

    /**
     * False, with the request answered, when it is over a limit: a declared body length is refused
     * before a byte of the body is read, and the connection closed so the body is not read either.
     */
    boolean withinLimits(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        int line = request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
        if (line > maxRequestLine) {
            send(rc, 414, "URI too long", "The request line is " + line + " characters long; this service reads at most "
                    + maxRequestLine + ". Send fewer or shorter query parameters.");
            return false;
        }
        long headers = headerBytes(request.headers());
        if (headers > maxHeaders) {
            send(rc, 431, "Request header fields too large", "The request's header fields take " + headers
                    + " bytes; this service reads at most " + maxHeaders + ".");
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(rc, 413, "Payload too large", bodyLimit());
            return false;
        }
        return true;
    }

    /** Counted as the HTTP layer counts them: each field line, name, colon, space and value. */
    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> field : headers) {
            total += field.getKey().length() + 2 + field.getValue().length();
        }
        return total;
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String bodyLimit() {
        return "The request body is larger than this service accepts (" + maxBody / (1024 * 1024) + " MB).";
    }

    /** Failure handler: a 4xx failed below the REST layer, answered as a problem. */
    void answer(RoutingContext rc) {
        int status = rc.statusCode();
        if (status < 400 || status >= 500 || rc.response().headWritten()) {
            rc.next();
            return;
        }
        String failure = rc.failure() == null || rc.failure().getMessage() == null ? "" : rc.failure().getMessage();
        String detail;
        if (status == 413) {
            detail = bodyLimit();
        } else if (status == 400 && failure.contains("Host")) {
            detail = "The request has no valid Host header (HTTP/1.1 requires one).";
        } else if (status == 404) {
            detail = "No resource at this path.";
        } else {
            detail = "The request could not be read.";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        send(rc, status, status == 413 ? "Payload too large" : known == null ? "Client error" : known.getReasonPhrase(), detail);
    }

    /** The request's path when it is short plain ASCII: a refused path is not worth repeating. */
    private static String instance(RoutingContext rc) {
        String path = rc.request().path();
        if (path == null || path.length() > 200) {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return null;
            }
        }
        return path;
    }

    /**
     * Answers a problem from below the REST layer. Its length is stated, so that a HEAD answer
     * carries the same Content-Length as the GET one.
     */
    void send(RoutingContext rc, int status, String title, String detail) {
        Problem body = new Problem(Problem.TYPE_BASE + "http-" + status, title, status, detail, instance(rc), null);
        try {
            Buffer bytes = Buffer.buffer(mapper.writeValueAsBytes(body));
            rc.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=UTF-8")
                    .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(bytes.length()))
                    .end(bytes);
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
