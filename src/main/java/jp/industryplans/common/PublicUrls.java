package jp.industryplans.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 公開URL — the addresses this service gives out ({@code Link}, {@code Location}). They are built
 * from {@code industryplans.public-base-url}, the address clients reach the service at (for
 * instance {@code https://api.city.lg.jp} or {@code https://gw.city.lg.jp/industry-plans}), and
 * never from the request's {@code Host} header, which any client can set: a link must not point
 * wherever a caller says. Unset, the addresses are relative references ({@code /api/v1/plans?page=1})
 * that RFC 8288 §3.2 and RFC 9110 §10.2.2 allow and clients resolve against the URL they asked,
 * so they stay right behind any proxy that keeps the path.
 */
@ApplicationScoped
public class PublicUrls implements StartupCheck {

    static final String PROPERTY = "industryplans.public-base-url";

    private final Optional<String> configured;
    private final HttpServerRequest request;

    PublicUrls(@ConfigProperty(name = PROPERTY) Optional<String> configured, HttpServerRequest request) {
        this.configured = configured.map(String::strip).filter(s -> !s.isEmpty());
        this.request = request;
    }

    /** The address of {@code pathAndQuery} (raw, percent-encoded, starting with {@code /}) for clients. */
    public String of(String pathAndQuery) {
        return base() + pathAndQuery;
    }

    /** The path of this request, raw as received (percent-encoded, without scheme or host). */
    public String requestPath() {
        return request.path();
    }

    /** The query of this request, raw as received, or null when it has none. */
    public String requestQuery() {
        return request.query();
    }

    @Override
    public List<String> problems() {
        return configured.map(PublicUrls::problemWith).stream().flatMap(Optional::stream).toList();
    }

    private String base() {
        return configured.map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s).orElse("");
    }

    /** Why {@code url} cannot be the public base URL, if it cannot. */
    static Optional<String> problemWith(String url) {
        String why;
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                why = "it must start with https:// (or http://)";
            } else if (uri.getHost() == null) {
                why = "it names no host";
            } else if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                why = "it may hold a scheme, host, port and path only (no user, query or fragment)";
            } else {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            why = "it is not a URL (" + e.getReason() + ")";
        }
        return Optional.of("INDUSTRYPLANS_PUBLIC_BASE_URL (" + PROPERTY + ") is '" + url + "': " + why);
    }
}
