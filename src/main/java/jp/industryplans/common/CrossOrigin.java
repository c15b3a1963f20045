package jp.industryplans.common;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * オリジン間リソース共有 (CORS) — dashboards on other origins may call the API from a browser.
 * Reads ({@code GET}, {@code HEAD}) are open to any origin, without credentials; writes only to
 * the origins the operator lists in {@code industryplans.cors.write-origins} (none by default).
 * A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here:
 * 204 with what the origin may send, or 403 as a problem when it may not write. Answers expose
 * the headers a client needs ({@code ETag}, {@code Link}, {@code Location}, {@code X-Request-Id},
 * {@code Retry-After}). No cookies are used, so no request carries credentials.
 */
@ApplicationScoped
public class CrossOrigin {

    static final String READ_METHODS = "GET, HEAD";
    static final String WRITE_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    static final String READ_HEADERS = "Accept, Cache-Control, If-None-Match, X-Request-Id";
    static final String WRITE_HEADERS = "Accept, Authorization, Cache-Control, Content-Type, If-Match, If-None-Match, X-Request-Id";
    static final String EXPOSED = "ETag, Link, Location, Retry-After, X-Request-Id, Content-Disposition";
    /** How long a browser may keep a preflight's answer, in seconds. */
    static final String MAX_AGE = "600";

    private final Set<String> writeOrigins;
    private final HttpFailures failures;

    CrossOrigin(@ConfigProperty(name = "industryplans.cors.write-origins") Optional<List<String>> writeOrigins,
                HttpFailures failures) {
        this.writeOrigins = writeOrigins.orElse(List.of()).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).map(CrossOrigin::normalise)
                .collect(Collectors.toUnmodifiableSet());
        this.failures = failures;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            rc.next();
            return;
        }
        MultiMap out = rc.response().headers();
        out.add(HttpHeaders.VARY, "Origin");
        String asked = rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (rc.request().method() == HttpMethod.OPTIONS && asked != null) {
            preflight(rc, origin, asked.strip().toUpperCase(Locale.ROOT));
            return;
        }
        boolean read = isRead(rc.request().method().name());
        if (read || mayWrite(origin)) {
            out.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, read && !mayWrite(origin) ? "*" : origin);
            out.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
        rc.next();
    }

    private void preflight(RoutingContext rc, String origin, String method) {
        MultiMap out = rc.response().headers();
        if (isRead(method)) {
            out.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, mayWrite(origin) ? origin : "*");
            out.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, mayWrite(origin) ? WRITE_METHODS : READ_METHODS);
            out.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, mayWrite(origin) ? WRITE_HEADERS : READ_HEADERS);
        } else if (mayWrite(origin)) {
            out.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            out.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, WRITE_METHODS);
            out.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, WRITE_HEADERS);
        } else {
            failures.send(rc, 403, "Forbidden", "Origin " + origin + " may read this API but not write to it; "
                    + "the operator lists the origins that may write in INDUSTRYPLANS_CORS_WRITE_ORIGINS.");
            return;
        }
        out.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
        rc.response().setStatusCode(204).end();
    }

    private boolean mayWrite(String origin) {
        return writeOrigins.contains(normalise(origin));
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** Origins compare without case and without a trailing slash an operator may have typed. */
    private static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
