package jp.industryplans.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GET: every successful GET of the API carries a strong {@code ETag} (a hash of
 * the representation, media type included), and a matching {@code If-None-Match} gets a 304
 * without a body, so dashboards can poll cheaply. Every GET answer of the API with a body, errors
 * included, also states its {@code Content-Length}: a HEAD, answered as its GET
 * ({@link EdgeRoutes}), then carries the same headers without the body.
 */
public class ConditionalGet {

    private final ObjectMapper mapper;

    ConditionalGet(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws Exception {
        if (!"GET".equals(request.getMethod()) || !response.hasEntity()
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        MediaType type = response.getMediaType();
        Object entity = response.getEntity();
        byte[] body = entity instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                : entity instanceof byte[] b ? b : mapper.writeValueAsBytes(entity);
        // A resource that set its own validator (see PlanResource#get) answered the condition already.
        if (response.getStatus() == 200 && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            String etag = etag(type == null ? "" : type.toString(), body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setEntity(null);
                response.setStatus(304);
                return;
            }
        }
        // The bytes hashed and counted are the bytes sent: the body is serialised once, not twice.
        response.setEntity(body, null, type);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
    }

    /** A strong tag for a fingerprint of the stored data a representation is built from. */
    public static String etagOf(String fingerprint) {
        try {
            return etag("fingerprint", fingerprint.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String etag(String mediaType, byte[] body) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(mediaType.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] hash = sha.digest(body);
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
    }

    /** RFC 9110 §13.1.2: a list of entity tags or {@code *}; weak comparison. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
