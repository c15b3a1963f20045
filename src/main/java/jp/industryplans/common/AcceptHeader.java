package jp.industryplans.common;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 受入れ形式 — the one place where the {@code Accept} header is read. Each media range is checked
 * against RFC 9110 §12.5.1 ({@code type/subtype}, {@code *}{@code /*} or {@code type/*}, then
 * {@code ;name=value} parameters with an optional {@code q} weight of at most three decimals);
 * a range that does not follow it is disregarded, as the RFC allows, and a header with no
 * well-formed range left counts as absent (any media type). Before any handler runs
 * ({@link EdgeRoutes}), the header is replaced by its well-formed ranges, so the content
 * negotiation of the REST layer, the operations endpoints and {@link #prefersCsv()} all see the
 * same, parseable value: no Accept value, however malformed, can make an operation fail.
 */
public final class AcceptHeader {

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Replaces the request's Accept field lines by one line of their well-formed ranges (none: removed). */
    static void normalise(MultiMap requestHeaders) {
        List<String> given = requestHeaders.getAll(HttpHeaders.ACCEPT);
        if (given.isEmpty()) {
            return;
        }
        AcceptHeader parsed = parse(given);
        if (parsed.ranges.isEmpty()) {
            requestHeaders.remove(HttpHeaders.ACCEPT);
        } else {
            requestHeaders.set(HttpHeaders.ACCEPT, parsed.toString());
        }
    }

    /** The well-formed media ranges of every {@code Accept} field line given (RFC 9110 §5.3: one list). */
    public static AcceptHeader parse(List<String> values) {
        List<Range> ranges = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value == null) {
                    continue;
                }
                for (String member : splitOutsideQuotes(value, ',')) {
                    Range range = Range.parse(member.strip());
                    if (range != null) {
                        ranges.add(range);
                    }
                }
            }
        }
        return new AcceptHeader(List.copyOf(ranges));
    }

    /**
     * True when {@code text/csv} weighs more than {@code application/json} (each by its most
     * specific matching range), or as much and is named first. JSON is the default: an absent
     * header, {@code *}{@code /*} or any tie without {@code text/csv} named before JSON get JSON.
     */
    public boolean prefersCsv() {
        int csv = weight("text", "csv");
        int json = weight("application", "json");
        return csv > 0 && (csv > json || csv == json && firstExplicit("text", "csv") < firstExplicit("application", "json"));
    }

    /** The weight (in thousandths) of the most specific range that matches the type, 0 when none does. */
    private int weight(String type, String subtype) {
        int best = -1;
        int specificity = -1;
        for (Range r : ranges) {
            int s = r.matches(type, subtype);
            if (s > specificity) {
                specificity = s;
                best = r.weight;
            }
        }
        return best < 0 ? 0 : best;
    }

    private int firstExplicit(String type, String subtype) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).matches(type, subtype) == 2) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Override
    public String toString() {
        return String.join(", ", ranges.stream().map(r -> r.text).toList());
    }

    private static List<String> splitOutsideQuotes(String s, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\' && i + 1 < s.length()) {
                current.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** One well-formed media range, its weight in thousandths (q=0.5 is 500) and its text as sent. */
    private record Range(String type, String subtype, int weight, String text) {

        /** 2 when the range names the type exactly, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 when it does not match. */
        int matches(String t, String st) {
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(t)) {
                return -1;
            }
            return subtype.equals("*") ? 1 : subtype.equals(st) ? 2 : -1;
        }

        static Range parse(String member) {
            if (member.isEmpty()) {
                return null;
            }
            List<String> parts = splitOutsideQuotes(member, ';');
            String mediaType = parts.get(0).strip();
            int slash = mediaType.indexOf('/');
            if (slash < 0) {
                return null;
            }
            String type = mediaType.substring(0, slash).toLowerCase(Locale.ROOT);
            String subtype = mediaType.substring(slash + 1).toLowerCase(Locale.ROOT);
            if (!isToken(type) || !isToken(subtype) || type.equals("*") && !subtype.equals("*")) {
                return null;
            }
            int weight = 1000;
            for (int i = 1; i < parts.size(); i++) {
                String parameter = parts.get(i).strip();
                if (parameter.isEmpty()) {
                    continue;
                }
                int eq = parameter.indexOf('=');
                if (eq <= 0) {
                    return null;
                }
                String name = parameter.substring(0, eq).strip();
                String value = parameter.substring(eq + 1).strip();
                if (!isToken(name) || !(isToken(value) || isQuotedString(value))) {
                    return null;
                }
                if (name.equalsIgnoreCase("q")) {
                    weight = qvalue(value);
                    if (weight < 0) {
                        return null;
                    }
                }
            }
            return new Range(type, subtype, weight, member);
        }

        /** RFC 9110 §12.4.2: {@code 0[.ddd]} or {@code 1[.000]}, in thousandths; -1 when malformed. */
        private static int qvalue(String q) {
            if (!q.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
                return -1;
            }
            if (q.startsWith("1")) {
                return 1000;
            }
            String decimals = q.length() > 2 ? q.substring(2) : "";
            return decimals.isEmpty() ? 0 : Integer.parseInt((decimals + "00").substring(0, 3));
        }

        private static boolean isToken(String s) {
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean tchar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
                if (!tchar) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isQuotedString(String s) {
            if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
                return false;
            }
            for (int i = 1; i < s.length() - 1; i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                    if (i >= s.length() - 1) {
                        return false;
                    }
                    c = s.charAt(i);
                } else if (c == '"') {
                    return false;
                }
                if (c < 0x20 && c != '\t' || c == 0x7f || c > 0xff) {
                    return false;
                }
            }
            return true;
        }
    }
}
