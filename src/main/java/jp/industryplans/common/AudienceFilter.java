package jp.industryplans.common;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Decides each request's {@link Audience} from its bearer token, before the resource reads
 * anything. A read with a token that does not verify is an anonymous read (reads are open data);
 * a write with one is refused by the role check as before. Answers vary with the
 * {@code Authorization} header, and say which state they show in {@code X-Plans-View}.
 */
public class AudienceFilter {

    /** Response header: {@code released} or {@code working}. */
    public static final String VIEW = "X-Plans-View";

    private static final Set<String> STAFF = Set.of(Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN);

    private final Audience audience;
    private final JWTParser tokens;

    AudienceFilter(Audience audience, JWTParser tokens) {
        this.audience = audience;
        this.tokens = tokens;
    }

    /** Verified as the role checks verify it (signature, issuer, audience, expiry), before any read. */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION)
    public void decide(ContainerRequestContext request) {
        audience.set(staff(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
    }

    private boolean staff(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        try {
            JsonWebToken token = tokens.parse(authorization.substring(7).strip());
            return token.getGroups() != null && token.getGroups().stream().anyMatch(STAFF::contains);
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    @ServerResponseFilter
    public void vary(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
            response.getHeaders().putSingle(VIEW, audience.released() ? "released" : "working");
        }
    }
}
