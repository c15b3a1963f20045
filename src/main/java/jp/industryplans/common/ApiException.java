package jp.industryplans.common;

import java.util.List;

/** A client-facing failure with its problem type; rendered as problem+json by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "Resource not found",
                what + " " + id + " does not exist.", null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict with stored data", detail, null);
    }

    /** At most this many faults are listed in one problem; the detail gives the total. */
    public static final int MAX_LISTED_ERRORS = 100;

    public static ApiException invalid(List<FieldError> errors) {
        if (errors.size() > MAX_LISTED_ERRORS) {
            return new ApiException(400, "validation", "Invalid input", errors.size() + " fields are invalid; the first "
                    + MAX_LISTED_ERRORS + " are listed.", List.copyOf(errors.subList(0, MAX_LISTED_ERRORS)));
        }
        return new ApiException(400, "validation", "Invalid input",
                errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
