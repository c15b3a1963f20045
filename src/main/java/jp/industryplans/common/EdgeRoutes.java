package jp.industryplans.common;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * 入口 — what every request goes through before the REST layer, in this order: it gets its id
 * ({@link RequestIds}); a request over a size limit is refused ({@link HttpFailures}); its path
 * and query are put in RFC 3986 form or refused ({@link RequestTarget}); its Accept header is
 * reduced to its well-formed ranges ({@link AcceptHeader}), and disregarded by writes, which
 * answer JSON or nothing and fail in problem+json whatever it says; and a HEAD of the API is answered as
 * the GET it stands for, whose body the HTTP layer then leaves out, so both carry the same status
 * and headers. Every JSON answer says it is UTF-8. Failures of the HTTP layer below the REST
 * layer are answered as problems too.
 */
@ApplicationScoped
public class EdgeRoutes {

    /** Set once the checks have run: a request routed again (repaired, or HEAD as GET) is not checked twice. */
    private static final String CHECKED = "edge.checked";

    private final RequestIds ids;
    private final HttpFailures failures;

    EdgeRoutes(RequestIds ids, HttpFailures failures) {
        this.ids = ids;
        this.failures = failures;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::enter);
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(failures::answer);
    }

    private void enter(RoutingContext rc) {
        ids.assign(rc);
        // On every pass: a reroute (HEAD as GET, a repaired target) starts the route over, and the
        // charset must be declared on what it answers too. Declaring it twice changes nothing.
        rc.addHeadersEndHandler(v -> declareUtf8(rc.response().headers()));
        if (rc.get(CHECKED) != null) {
            rc.next();
            return;
        }
        rc.put(CHECKED, Boolean.TRUE);
        if (!failures.withinLimits(rc)) {
            return;
        }
        HttpServerRequest request = rc.request();
        String target;
        try {
            target = RequestTarget.repair(request.path(), request.query());
        } catch (RequestTarget.Refused refused) {
            failures.send(rc, 400, "Bad request", refused.getMessage());
            return;
        }
        AcceptHeader.normalise(request.headers());
        if (isWrite(request.method()) && request.path().startsWith("/api/")) {
            // RFC 9110 §12.5.1 lets a server disregard Accept: a write answers JSON or nothing,
            // and its failures (401, 403, 412, 428…) problem+json, whatever the client accepts.
            request.headers().remove(HttpHeaders.ACCEPT);
        }
        boolean head = request.method() == HttpMethod.HEAD && request.path().startsWith("/api/");
        if (head || !target.equals(request.uri())) {
            rc.reroute(head ? HttpMethod.GET : request.method(), target);
        } else {
            rc.next();
        }
    }

    /**
     * JSON and problem+json are always UTF-8 (RFC 8259); saying so spares clients that decode
     * text with their platform's charset (MS932 on Japanese Windows) from guessing.
     */
    static void declareUtf8(MultiMap headers) {
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.toLowerCase(Locale.ROOT).contains("charset=")) {
            return;
        }
        String essence = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (essence.equals("application/json") || essence.endsWith("+json")) {
            headers.set(HttpHeaders.CONTENT_TYPE, type.strip() + ";charset=UTF-8");
        }
    }

    private static boolean isWrite(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
    }
}
