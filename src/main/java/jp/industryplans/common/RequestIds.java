package jp.industryplans.common;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * 要求ID — every request has an id: the caller's {@code X-Request-Id} when it is a sane token
 * (letters, digits and {@code . _ : -}, at most 128), otherwise a new UUID, so a caller's id
 * with a space or over 128 characters is replaced, not echoed. It is sent back in the response
 * (the caller learns which id was used) and put in the logging context ({@code requestId}), so a
 * ward system's request can be found in this service's logs.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Letters, digits and {@code . _ : -}, up to 128: nothing that could forge a log line. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String KEY = "requestId";

    /** Gives the request its id, once: a request routed again inside the service keeps it. */
    void assign(RoutingContext rc) {
        String id = rc.get(KEY);
        if (id == null) {
            String given = rc.request().getHeader(HEADER);
            id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            rc.put(KEY, id);
        }
        MDC.put(KEY, id);
        rc.response().putHeader(HEADER, id);
    }
}
