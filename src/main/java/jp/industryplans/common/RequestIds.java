package jp.industryplans.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * 要求ID — every request has an id: the caller's {@code X-Request-Id} when it is a sane token,
 * otherwise a new UUID. It is echoed in the response and put in the logging context
 * ({@code requestId}), so a ward system's request can be found in this service's logs.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Letters, digits and {@code . _ : -}, up to 128: nothing that could forge a log line. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            MDC.put("requestId", id);
            rc.put("requestId", id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        });
    }
}
