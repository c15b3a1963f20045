package jp.industryplans.common;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * トークンの検査 — a correctly signed token is still refused (401) when its claims do not have the
 * types the MicroProfile JWT specification gives them: {@code groups} a list of role names,
 * {@code upn}, {@code preferred_username} and {@code sub} strings. The standard parser would
 * otherwise fail later with a ClassCastException (a 500) on every write made with such a token.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TokenClaims extends JWTCallerPrincipalFactory {

    private static final List<String> NAMES = List.of("upn", "preferred_username", "sub");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JWTCallerPrincipalFactory standard = new DefaultJWTCallerPrincipalFactory();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal principal;
        try {
            principal = standard.parse(token, context);
        } catch (RuntimeException e) {
            throw new ParseException("The token's claims cannot be read: " + e.getClass().getSimpleName(), e);
        }
        // Signed and valid: now the claims as the token writes them, before any conversion.
        JsonNode claims = claims(token);
        for (String name : NAMES) {
            if (claims.has(name) && !claims.get(name).isTextual()) {
                throw new ParseException("The token's claim " + name + " is not a string");
            }
        }
        JsonNode groups = claims.path("groups");
        boolean names = groups.isMissingNode() || groups.isTextual()
                || groups.isArray() && java.util.stream.StreamSupport.stream(groups.spliterator(), false)
                        .allMatch(JsonNode::isTextual);
        if (!names) {
            throw new ParseException("The token's claim groups is not a list of role names");
        }
        return principal;
    }

    private static JsonNode claims(String token) throws ParseException {
        String[] parts = token.split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | RuntimeException e) {
            throw new ParseException("The token's claims are not a JSON object", e);
        }
    }
}
