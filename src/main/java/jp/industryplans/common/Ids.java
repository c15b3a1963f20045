package jp.industryplans.common;

import java.util.UUID;

/** Reads ids and municipality codes from paths and query parameters, as 404s and 400s. */
public final class Ids {

    private Ids() {
    }

    /** A malformed id in a path names no resource: 404, like any unknown id. */
    public static UUID path(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, "not-found", "Resource not found",
                    "'" + abbreviate(id) + "' is not the id of any resource (ids are UUIDs).", null);
        }
    }

    /** A malformed id in a filter is a client mistake: 400 naming the parameter. */
    public static UUID query(String parameter, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(parameter, "must be a UUID");
        }
    }

    public static String municipalityQuery(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!MunicipalityCode.isValid(code.strip())) {
            throw ApiException.invalid("municipality",
                    "must be a 6-digit local government code with a valid check digit");
        }
        return code.strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
