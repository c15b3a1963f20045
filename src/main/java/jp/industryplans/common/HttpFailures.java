package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests refused by the HTTP layer before they reach a resource (a body over
 * {@code quarkus.http.limits.max-body-size}, a request the server cannot read) still get a
 * problem+json answer rather than an empty one.
 */
@ApplicationScoped
public class HttpFailures {

    private final ObjectMapper mapper;
    private final long maxBody;

    HttpFailures(ObjectMapper mapper,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.mapper = mapper;
        this.maxBody = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        // A declared length over the limit is refused before a byte of the body is read.
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length)) {
                rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                rc.fail(413);
            } else {
                rc.next();
            }
        });
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::answer);
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void answer(RoutingContext rc) {
        int status = rc.statusCode();
        if (status < 400 || status >= 500 || rc.response().headWritten()) {
            rc.next();
            return;
        }
        String detail = status == 413
                ? "The request body is larger than this service accepts (" + maxBody / (1024 * 1024) + " MB)."
                : "The request could not be read.";
        Response.Status known = Response.Status.fromStatusCode(status);
        Problem body = new Problem(Problem.TYPE_BASE + "http-" + status,
                status == 413 ? "Payload too large" : known == null ? "Client error" : known.getReasonPhrase(),
                status, detail, rc.request().path(), null);
        try {
            rc.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            rc.next();
        }
    }
}
