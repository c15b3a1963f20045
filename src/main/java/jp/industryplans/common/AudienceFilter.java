package jp.industryplans.common;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
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

    private final Audience audience;
    private final Instance<SecurityIdentity> identity;

    AudienceFilter(Audience audience, Instance<SecurityIdentity> identity) {
        this.audience = audience;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void decide(ContainerRequestContext request) {
        audience.set(request.getHeaderString(HttpHeaders.AUTHORIZATION) != null && staff());
    }

    private boolean staff() {
        try {
            SecurityIdentity who = identity.get();
            return !who.isAnonymous() && (who.hasRole(Roles.EDITOR) || who.hasRole(Roles.PUBLISHER)
                    || who.hasRole(Roles.ADMIN));
        } catch (AuthenticationFailedException e) {
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
