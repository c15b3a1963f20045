package jp.industryplans.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One hostile request of the campaign and what answer it deserves. */
final class CampaignRequest {

    enum Expect {
        /** Must be refused with a 4xx: it breaks the contract. */
        REJECT,
        /** May be answered 2xx (odd but legal text, free-text search); never 5xx. */
        ANY,
        /** Must be answered 2xx: it keeps the contract, however odd it looks. */
        ACCEPT
    }

    /** The contract operation the request aims at (operationId), or what it aims at besides one. */
    String operation;
    final String category;
    final String label;
    final String method;
    /** Path and query, already percent-encoded as they go on the wire. */
    final String uri;
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body;
    /** null: no Content-Type header at all. */
    String contentType;
    Expect expect = Expect.REJECT;
    /** When set, the status must be one of these. */
    Set<Integer> statuses;
    /** Send exactly as written (no If-Match added by the test filter). */
    boolean raw;
    boolean anonymous;
    /** Send with java.net.http (rest-assured would add a Content-Type or mangle the request). */
    boolean viaHttpClient;
    /**
     * Refused by the HTTP server's codec before the service sees it, so its answer is the server's
     * own (no body), not the contract's; only that it is refused, with {@link #statuses}, is checked.
     */
    boolean refusedBeforeTheService;
    /** For accepted free-text writes: the JSON field whose stored value must equal {@link #sentText}. */
    String echoField;
    String sentText;
    /** For refusals of one field or parameter: a 400 must name it in errors[].field. */
    String expectField;
    /** Kept whatever the sampling drops: the request that reproduces a known defect. */
    boolean essential;
    /** Text no response header may contain (an untrusted Host header must not be echoed into links). */
    String mustNotEcho;

    CampaignRequest(String category, String label, String method, String uri) {
        this.category = category;
        this.label = label;
        this.method = method;
        this.uri = uri;
    }

    CampaignRequest body(byte[] bytes, String type) {
        this.body = bytes;
        this.contentType = type;
        return this;
    }

    CampaignRequest expect(Expect e) {
        this.expect = e;
        return this;
    }

    CampaignRequest statuses(Integer... s) {
        this.statuses = Set.of(s);
        return this;
    }

    CampaignRequest field(String name) {
        this.expectField = name;
        return this;
    }

    CampaignRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    String describe() {
        String b = body == null ? "" : " body=" + abbreviate(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        return "[" + operation + " " + category + "/" + label + "] " + method + " " + abbreviate(uri)
                + (contentType == null ? "" : " (" + contentType + ")") + (headers.isEmpty() ? "" : " " + abbreviateHeaders()) + b;
    }

    private String abbreviateHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            if (!k.equals("X-Request-Id")) {
                h.put(k, abbreviate(v));
            }
        });
        return h.isEmpty() ? "" : h.toString();
    }

    static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + " chars)" : s;
    }
}
