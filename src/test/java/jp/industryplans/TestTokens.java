package jp.industryplans;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bearer tokens for tests, signed RS256 with the run's key ({@link TestKeys}). */
public final class TestTokens {

    public static final String ISSUER = "https://industry-plans.invalid/dev";
    public static final String AUDIENCE = "industry-plans-api";
    public static final String EDITOR = "plans-editor";
    public static final String ADMIN = "plans-admin";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestTokens() {
    }

    /** A valid token for user {@code user} holding {@code roles}. */
    public static String token(String user, String... roles) {
        Map<String, Object> claims = claims(user, roles);
        return sign(claims);
    }

    public static String editor() {
        return token("editor@test", EDITOR);
    }

    public static String admin() {
        return token("admin@test", ADMIN);
    }

    /** The standard claims of a token for {@code user}; tests alter them to make bad tokens. */
    public static Map<String, Object> claims(String user, String... roles) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("groups", List.of(roles));
        claims.put("iat", now);
        claims.put("exp", now + 600);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    public static String sign(Map<String, Object> claims) {
        try {
            String header = b64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = b64(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey());
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(rsa.sign());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey() throws IOException, GeneralSecurityException {
        String pem = Files.readString(TestKeys.PRIVATE, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
