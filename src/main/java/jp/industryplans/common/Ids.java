package jp.industryplans.common;

import java.util.UUID;
import java.util.regex.Pattern;

/** Reads ids and municipality codes from paths and query parameters, as 404s and 400s. */
public final class Ids {

    /** RFC 9562's form only: Java's own parser also takes "1-1-1-1-1" and other short groups. */
    public static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    private static UUID uuid(String text) {
        if (text == null || !UUID_FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(text);
    }

    /** A malformed id in a path names no resource: 404, like any unknown id. */
    public static UUID path(String id) {
        try {
            return uuid(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, "not-found", "Resource not found",
                    "'" + abbreviate(id) + "' is not the id of any resource (ids are UUIDs).", null);
        }
    }

    /** A malformed id in a filter is a client mistake: 400 naming the parameter. */
    public static UUID query(String parameter, String id) {
        if (id == null) {
            return null;
        }
        try {
            return uuid(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(parameter, "must be a UUID");
        }
    }

    public static String municipalityQuery(String code) {
        if (code == null) {
            return null;
        }
        if (!MunicipalityCode.isValid(code)) {
            throw ApiException.invalid("municipality",
                    "must be a 6-digit local government code with a valid check digit");
        }
        return code;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
