package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every form the token-key setting can take, the usable ones and those that stop the start. */
class TokenKeyCheckTest {

    @TempDir
    static Path dir;
    static String pem;
    static String jwks;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\"" + url.encodeToString(unsigned(key.getModulus().toByteArray()))
                + "\",\"e\":\"" + url.encodeToString(key.getPublicExponent().toByteArray()) + "\"}]}";
        Files.writeString(dir.resolve("public.pem"), pem, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("jwks.json"), jwks, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("garbage.pem"), "this is not a key\n", StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("truncated.pem"), pem.substring(0, pem.length() / 2), StandardCharsets.US_ASCII);
    }

    private static byte[] unsigned(byte[] b) {
        return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static List<String> location(String where) {
        return new TokenKeyCheck(Optional.empty(), Optional.of(where), Optional.empty()).problems();
    }

    @Test
    void usableKeysPass() {
        assertEquals(List.of(), location(dir.resolve("public.pem").toString()));
        assertEquals(List.of(), location("file:" + dir.resolve("public.pem")));
        assertEquals(List.of(), location(dir.resolve("jwks.json").toString()));
        assertEquals(List.of(), location("https://idp.example.lg.jp/realms/x/protocol/openid-connect/certs"));
        assertEquals(List.of(), new TokenKeyCheck(Optional.of(pem), Optional.empty(), Optional.empty()).problems());
        assertEquals(List.of(), new TokenKeyCheck(Optional.empty(), Optional.of("/nonexistent.pem"),
                Optional.of(dir.resolve("public.pem").toString())).problems());
    }

    @Test
    void unusableKeysStopTheStartNamingTheSetting() {
        for (String where : List.of("/nonexistent.pem", dir.toString(), dir.resolve("garbage.pem").toString(),
                dir.resolve("truncated.pem").toString(), "classpath:/no-such-key.pem", "https://exa mple/certs")) {
            List<String> problems = location(where);
            assertEquals(1, problems.size(), where);
            assertTrue(problems.get(0).startsWith("MP_JWT_VERIFY_PUBLICKEY_LOCATION (mp.jwt.verify.publickey.location) = "
                    + where), problems.get(0));
        }
        assertTrue(location("/nonexistent.pem").get(0).contains("no such file"));
        for (Optional<String> unset : List.of(Optional.<String>empty(), Optional.of(" "), Optional.of("NONE"))) {
            List<String> problems = new TokenKeyCheck(Optional.of("NONE"), unset, Optional.empty()).problems();
            assertEquals(List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION (mp.jwt.verify.publickey.location) is not set; "
                    + "no bearer token could be verified, so every write would fail"), problems);
        }
        List<String> inline = new TokenKeyCheck(Optional.of("garbage"), Optional.empty(), Optional.empty()).problems();
        assertTrue(inline.get(0).startsWith("MP_JWT_VERIFY_PUBLICKEY (mp.jwt.verify.publickey)"), inline.get(0));
        List<String> smallrye = new TokenKeyCheck(Optional.empty(), Optional.of(dir.resolve("public.pem").toString()),
                Optional.of("/nonexistent.pem")).problems();
        assertTrue(smallrye.get(0).startsWith("SMALLRYE_JWT_VERIFY_KEY_LOCATION"), smallrye.get(0));
    }
}
