package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jp.industryplans.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Requests that an HTTP client library would not send, written byte for byte on a socket: what
 * the HTTP layer refuses before the REST layer is answered as problem+json, raw UTF-8 in a query
 * is read as its percent-encoding, and the refusals the HTTP layer gives itself are as documented.
 */
@QuarkusTest
class HttpEdgeTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A raw HTTP answer: status, headers (lower-case names), body, and whether the server closed. */
    record Answer(int status, Map<String, String> headers, byte[] body) {

        JsonNode problem() throws IOException {
            assertEquals("application/problem+json;charset=UTF-8", headers.get("content-type"), "content type (UTF-8 said, as on every JSON answer)");
            assertEquals(String.valueOf(body.length), headers.get("content-length"), "content length");
            JsonNode node = JSON.readTree(body);
            assertEquals(status, node.path("status").asInt());
            assertTrue(node.path("type").asText().startsWith("https://industry-plans.example.jp/problems/"), node.toString());
            return node;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    static Answer send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Answer(status, headers, body);
    }

    private static String get(String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return request.append("Connection: close\r\n\r\n").toString();
    }

    @Test
    void aRequestLineOverFourKilobytesIs414ProblemJson() throws IOException {
        Answer answer = send(get("/api/v1/plans?q=" + "a".repeat(5_000)));
        assertEquals(414, answer.status());
        assertTrue(answer.problem().path("detail").asText().contains("4096"), answer.text());
    }

    @Test
    void headerFieldsOverTwentyKilobytesAre431ProblemJson() throws IOException {
        Answer answer = send(get("/api/v1/plans", "X-Big: " + "a".repeat(21_000)));
        assertEquals(431, answer.status());
        answer.problem();
    }

    @Test
    void aBrokenPercentEscapeIs400ProblemJsonThatSaysToPercentEncode() throws IOException {
        for (String target : new String[] {"/api/v1/plans?q=%zz", "/api/v1/plans?q=100%", "/api/v1/plans/%zz",
                "/api/v1/plans?q=a\u0001b"}) {
            Answer answer = send(get(target));
            assertEquals(400, answer.status(), target);
            assertTrue(answer.problem().path("detail").asText().contains("percent-encode"), answer.text());
        }
    }

    @Test
    void rawUtf8InAQueryIsReadAsItsPercentEncoding() throws IOException {
        for (String[] pair : new String[][] {
                {"/api/v1/indicators?municipality=131067&q=中小企業振興センター",
                        "/api/v1/indicators?municipality=131067&q=%E4%B8%AD%E5%B0%8F%E4%BC%81%E6%A5%AD%E6%8C%AF%E8%88%88%E3%82%BB%E3%83%B3%E3%82%BF%E3%83%BC"},
                {"/api/v1/dashboard/summary?fiscalYear=令和3年度",
                        "/api/v1/dashboard/summary?fiscalYear=%E4%BB%A4%E5%92%8C3%E5%B9%B4%E5%BA%A6"},
                {"/api/v1/plans?q=創業&size=1", "/api/v1/plans?q=%E5%89%B5%E6%A5%AD&size=1"}}) {
            Answer raw = send(get(pair[0]));
            Answer encoded = send(get(pair[1]));
            assertEquals(200, raw.status(), pair[0] + ": " + raw.text());
            assertEquals(encoded.text(), raw.text(), pair[0]);
            assertEquals(encoded.headers().get("etag"), raw.headers().get("etag"), pair[0]);
        }
        // The README's examples find what they promise.
        JsonNode indicators = JSON.readTree(send(get("/api/v1/indicators?municipality=131067&q=中小企業振興センター")).body());
        assertTrue(indicators.path("items").path(0).path("progress").has("status"), indicators.toString());
        JsonNode summary = JSON.readTree(send(get("/api/v1/dashboard/summary?fiscalYear=令和3年度")).body());
        assertTrue(summary.path("byMunicipality").size() > 0, summary.toString());
    }

    @Test
    void rawCharactersThatMustBeEncodedAreReadAsTheirEncoding() throws IOException {
        Answer raw = send(get("/api/v1/plans?q={x}|^`&size=1"));
        Answer encoded = send(get("/api/v1/plans?q=%7Bx%7D%7C%5E%60&size=1"));
        assertEquals(200, raw.status(), raw.text());
        assertEquals(encoded.text(), raw.text());
    }

    @Test
    void anEmptyAcceptHeaderIsAnsweredAsIfAbsent() throws IOException {
        Answer answer = send(get("/api/v1/plans?size=1", "Accept:"));
        assertEquals(200, answer.status(), answer.text());
        assertEquals("application/json;charset=UTF-8", answer.headers().get("content-type"));
    }

    @Test
    void anHttp10RequestWithoutHostIsAnswered() throws IOException {
        Answer answer = send("GET /api/v1/plans?size=1 HTTP/1.0\r\n\r\n");
        assertEquals(200, answer.status(), answer.text());
        assertTrue(answer.headers().get("link").startsWith("</api/v1/plans?"), answer.headers().toString());
    }

    @Test
    void anHttp11RequestWithoutHostIs400ProblemJson() throws IOException {
        Answer answer = send("GET /api/v1/plans HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertEquals(400, answer.status());
        assertTrue(answer.problem().path("detail").asText().contains("Host"), answer.text());
    }

    /**
     * What the HTTP layer refuses while it still parses the request (README, "What the HTTP layer
     * answers itself"): a status without a body, and the connection closed.
     */
    @Test
    void requestsTheHttpLayerCannotParseGetABareStatus() throws IOException {
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put("GET /api/v1/plans?q=" + "a".repeat(17_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
        cases.put("GET /api/v1/plans HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(66_000) + "\r\n\r\n", 431);
        cases.put("GET /api/v1/plans HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n", 400);
        cases.put("GET /api/v1/plans HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n", 400);
        cases.put("GET /api/v1/plans HTTP/1.1\r\nHost: x\r\nX-A : b\r\n\r\n", 400);
        cases.put("POST /api/v1/plans HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400);
        for (Map.Entry<String, Integer> c : cases.entrySet()) {
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(c.getKey().getBytes(StandardCharsets.UTF_8));
                Answer answer = read(socket.getInputStream());
                String what = c.getKey().substring(0, Math.min(60, c.getKey().length()));
                assertEquals(c.getValue(), answer.status(), what);
                assertEquals(0, answer.body().length, what);
                try {
                    assertEquals(-1, socket.getInputStream().read(), what + ": connection left open");
                } catch (SocketTimeoutException e) {
                    throw new AssertionError(what + ": connection left open", e);
                }
            }
        }
    }
}
