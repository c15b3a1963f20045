package jp.industryplans.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One hostile request of the campaign and what answer it deserves. */
final class CampaignRequest {

    enum Expect {
        /** Must be refused with a 4xx: it breaks the contract. */
        REJECT,
        /** May be answered 2xx (junk in optional read parameters, odd but legal text); never 5xx. */
        ANY
    }

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

    CampaignRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    String describe() {
        String b = body == null ? "" : " body=" + abbreviate(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        return "[" + category + "/" + label + "] " + method + " " + abbreviate(uri)
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
