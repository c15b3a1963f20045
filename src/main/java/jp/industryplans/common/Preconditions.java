package jp.industryplans.common;

/**
 * 条件付き更新 — no lost updates: PUT, PATCH and DELETE must say which version of the record
 * they change, with {@code If-Match} and the ETag a GET gave (RFC 9110 §13.1.1). Without it
 * the answer is 428; with a tag that is no longer current, 412.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * Checks {@code If-Match} against the record's current tag, {@code null} when the record
     * does not exist (then only a create with {@code If-None-Match: *} may go on).
     *
     * @return true when the request creates the record ({@code If-None-Match: *} and none exists)
     */
    public static boolean check(String ifMatch, String ifNoneMatch, String current) {
        boolean createOnly = ifNoneMatch != null && ifNoneMatch.strip().equals("*");
        if (blank(ifMatch) && !createOnly) {
            throw required();
        }
        if (!blank(ifMatch)) {
            requireQuoted(ifMatch);
        }
        // RFC 9110 §13.2.2: If-Match is evaluated first, so a stale tag fails even beside If-None-Match.
        if (!blank(ifMatch) && (current == null || !matches(ifMatch, current))) {
            throw failed("The record has changed since the ETag you sent (or no longer exists); "
                    + "read it again with your token (a read without one shows the released copy and its tag) "
                    + "and retry with its current ETag.");
        }
        if (createOnly && current != null) {
            throw failed("The record already exists; to replace it, send If-Match with its ETag.");
        }
        return createOnly;
    }

    /** Strong comparison: a listed tag equal to the current one, or {@code *}. */
    static boolean matches(String ifMatch, String current) {
        for (String candidate : ifMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An entity tag is quoted ({@code "r2V1…"}, RFC 9110 §8.8.3): a tag sent without its quotes
     * (as one copies it from a page that shows the header) would never match, and a 412 would
     * say the record changed when it did not. It is refused with 400 saying how to send it.
     */
    static void requireQuoted(String ifMatch) {
        for (String candidate : ifMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (!c.equals("*") && !(c.length() >= 2 && c.startsWith("\"") && c.endsWith("\""))) {
                throw new ApiException(400, "etag-not-quoted", "Entity tag without quotes",
                        "If-Match takes the ETag exactly as a GET gave it, double quotes included "
                                + "(If-Match: \"r2V1…\"), or *; " + abbreviate(candidate.strip()) + " has no quotes.",
                        java.util.List.of(new FieldError("If-Match", "must be a quoted entity tag, as in the ETag header")));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    public static ApiException required() {
        return new ApiException(428, "precondition-required", "Precondition required",
                "This operation needs an If-Match header with the record's ETag (from a GET), so that it cannot "
                        + "overwrite a change it has not seen.", null);
    }

    public static ApiException failed(String detail) {
        return new ApiException(412, "precondition-failed", "Precondition failed", detail, null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
