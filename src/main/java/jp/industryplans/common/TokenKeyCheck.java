package jp.industryplans.common;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * トークン検証鍵 — the public key that verifies bearer tokens must be there and be a key. Without it
 * the service would start, report ready and answer every write with a 500; so a missing,
 * unreadable or garbled key stops the start instead, naming the setting. A key served over
 * HTTP(S) (a JWKS URL) is only checked to be a URL: it is fetched when a token first needs it,
 * and an identity provider briefly away at start must not keep the service down.
 */
@ApplicationScoped
public class TokenKeyCheck implements StartupCheck {

    private static final String LOCATION = "mp.jwt.verify.publickey.location";
    private static final String SMALLRYE_LOCATION = "smallrye.jwt.verify.key.location";
    private static final String INLINE = "mp.jwt.verify.publickey";
    /** What smallrye-jwt's own defaults say for "not set". */
    private static final String NONE = "NONE";
    /** The default of application.properties, for a developer's machine. */
    private static final String DEV_KEY = ".dev-keys/public.pem";

    private final Optional<String> inline;
    private final Optional<String> location;
    private final String locationProperty;

    TokenKeyCheck(@ConfigProperty(name = INLINE) Optional<String> inline,
                  @ConfigProperty(name = LOCATION) Optional<String> location,
                  @ConfigProperty(name = SMALLRYE_LOCATION) Optional<String> smallryeLocation) {
        this.inline = set(inline);
        // smallrye-jwt prefers its own property when both are set.
        this.locationProperty = set(smallryeLocation).isPresent() ? SMALLRYE_LOCATION : LOCATION;
        this.location = set(smallryeLocation).or(() -> set(location)).map(String::strip);
    }

    private static Optional<String> set(Optional<String> value) {
        return value.filter(s -> !s.isBlank() && !s.strip().equals(NONE));
    }

    @Override
    public List<String> problems() {
        String hint = location.filter(DEV_KEY::equals).isPresent()
                ? " (on a developer's machine, scripts/dev-token.sh --init makes it)" : "";
        return problem().map(why -> List.of(setting() + why
                + "; no bearer token could be verified, so every write would fail" + hint)).orElse(List.of());
    }

    private Optional<String> problem() {
        if (inline.isPresent()) {
            return isKey(inline.get()) ? Optional.empty() : Optional.of(" is not a PEM public key, a PEM certificate or a JWK set");
        }
        if (location.isEmpty()) {
            return Optional.of(" is not set");
        }
        String where = location.get();
        if (where.startsWith("http://") || where.startsWith("https://")) {
            try {
                new URI(where).toURL();
                return Optional.empty();
            } catch (URISyntaxException | IOException | IllegalArgumentException e) {
                return Optional.of(" is not a valid URL");
            }
        }
        String content;
        try {
            content = where.startsWith(ResourceUtils.CLASSPATH_SCHEME) ? ResourceUtils.readResource(where) : readFile(where);
        } catch (IOException e) {
            return Optional.of(" cannot be read (" + e.getMessage() + ")");
        }
        if (content == null) {
            return Optional.of(" names nothing on the class path");
        }
        return isKey(content) ? Optional.empty() : Optional.of(" is not a PEM public key, a PEM certificate or a JWK set");
    }

    private static String readFile(String where) throws IOException {
        Path file = Path.of(where.startsWith(ResourceUtils.FILE_SCHEME) ? where.substring(ResourceUtils.FILE_SCHEME.length()) : where);
        if (!Files.exists(file)) {
            throw new IOException("no such file: " + file.toAbsolutePath());
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException(file.toAbsolutePath() + " is not a file this process may read");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The same forms smallrye-jwt accepts: a PEM public key, a PEM certificate, a JWK or JWK set. */
    static boolean isKey(String content) {
        try {
            if (content.contains("-----BEGIN CERTIFICATE")) {
                return KeyUtils.decodeCertificate(content) != null;
            }
            return KeyUtils.decodePublicKey(content, SignatureAlgorithm.RS256) != null;
        } catch (Exception notPem) {
            List<?> keys = KeyUtils.loadJsonWebKeys(content);
            return keys != null && !keys.isEmpty();
        }
    }

    private String setting() {
        if (inline.isPresent()) {
            return "MP_JWT_VERIFY_PUBLICKEY (" + INLINE + ")";
        }
        String variable = locationProperty.toUpperCase(Locale.ROOT).replace('.', '_');
        return variable + " (" + locationProperty + ")" + location.map(l -> " = " + l).orElse("");
    }
}
