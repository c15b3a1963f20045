package jp.industryplans.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * 契約書 — {@code GET /q/openapi} answers the committed contract ({@code openapi/openapi.yaml},
 * packaged as {@code META-INF/openapi.yaml}) byte for byte, comments and order included. The
 * JSON form ({@code ?format=json}, or {@code Accept: application/json}, as Swagger UI asks) is
 * left to SmallRye OpenAPI, which reads the same file and adds nothing to it
 * (its own security scheme is turned off in application.properties).
 */
@ApplicationScoped
public class ContractDocument {

    static final String RESOURCE = "META-INF/openapi.yaml";
    static final String MEDIA_TYPE = "application/yaml;charset=UTF-8";

    private final Buffer bytes;

    ContractDocument() {
        bytes = Buffer.buffer(committed());
    }

    /** The committed contract's bytes, as packaged; what {@link QueryContract} enforces too. */
    static byte[] committed() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(@Observes Router router) {
        router.get("/q/openapi").order(Integer.MIN_VALUE + 3).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String format = rc.request().getParam("format");
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        boolean json = format != null ? format.equalsIgnoreCase("json")
                : accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
        if (json) {
            rc.next();
            return;
        }
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE).end(bytes);
    }
}
