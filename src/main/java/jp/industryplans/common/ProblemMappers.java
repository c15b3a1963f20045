package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem+json response. Client mistakes get a 4xx
 * naming what was wrong; anything else is logged and answered with a 500 that carries no
 * stack trace or internal detail.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        ApiException api = ApiException.invalid(errors);
        return problem(400, api.type(), api.title(), api.getMessage(), uri, errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        ApiException problem = JsonProblems.of(e);
        return problem == null ? internal(e, uri) : api(problem, uri);
    }

    /** Quarkus maps these itself with a plain JSON body; an explicit mapper keeps them problem+json. */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response parse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidBody(StrictInput.InvalidBodyException e, UriInfo uri) {
        return problem(400, "malformed-body", "Malformed body", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response patchRead(MergePatch.PatchReadException e, UriInfo uri) {
        return json(e.json(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
        }
        StrictInput.InvalidBodyException body = causeOf(e, StrictInput.InvalidBodyException.class);
        if (body != null) {
            return invalidBody(body, uri);
        }
        String title = switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Resource not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "Client error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 415 -> "This operation does not take a body of this media type (application/json; "
                    + "application/merge-patch+json for PATCH; text/csv for value uploads).";
            case 406 -> "This operation cannot answer in the requested media type.";
            // The framework's own message names its classes; the status says enough.
            default -> "The request cannot be answered as sent (" + status + " " + title + ").";
        };
        if (status == 404) {
            // The REST layer tried a resource class that does not serve this path; when the contract
            // serves the path with other methods, the method is what is wrong.
            Set<String> allowed = ContractPaths.allowed(uri.getPath());
            if (!allowed.isEmpty()) {
                return Response.fromResponse(problem(405, "http-405", "Method not allowed",
                        "The request cannot be answered as sent (405 Method not allowed).", uri, null))
                        .header("Allow", String.join(", ", allowed)).build();
            }
        }
        Response r = problem(status, "http-" + status, title, detail, uri, null);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(r).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri, "This operation needs a bearer token (Authorization: Bearer <JWT>).");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri, "The bearer token is not valid: wrong signature, issuer or audience, "
                + "claims of the wrong type (groups must be a list of role names, upn a string), or it has expired.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden",
                "The token's roles do not allow this operation (writes need plans-editor; deletes and "
                        + "bulk imports need plans-admin).", uri, null);
    }

    /** Two writers raced past the If-Match check: the one that lost gets what a stale tag gets. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return problem(412, "precondition-failed", "Precondition failed",
                "The record was changed by another request; read it again and retry with its new ETag.",
                uri, null);
    }

    private static Response unauthenticated(UriInfo uri, String detail) {
        return Response.fromResponse(problem(401, "unauthorized", "Unauthorized", detail, uri, null))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            return unavailable(e, uri);
        }
        String state = sqlState(e);
        if ("23505".equals(state)) {
            return problem(409, "conflict", "Conflict with stored data",
                    "A record with the same natural key already exists.", uri, null);
        }
        if ("23503".equals(state)) {
            return problem(409, "conflict", "Conflict with stored data",
                    "The record is referenced by, or refers to, a record that does not allow this change.",
                    uri, null);
        }
        if ("22021".equals(state) || "22P05".equals(state)) {
            return problem(400, "validation", "Invalid input",
                    "The request holds a character that cannot be stored, such as NUL.", uri, null);
        }
        if ("23514".equals(state) || "22001".equals(state) || "22003".equals(state)) {
            return problem(400, "validation", "Invalid input",
                    "A value is outside what its field allows (a length, a range or one of the listed values); "
                            + "see the field's constraints in the contract.", uri, null);
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response any(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            return unavailable(e, uri);
        }
        StrictInput.InvalidBodyException body = causeOf(e, StrictInput.InvalidBodyException.class);
        if (body != null) {
            return invalidBody(body, uri);
        }
        if (causeOf(e, OptimisticLockException.class) != null
                || causeOf(e, org.hibernate.StaleStateException.class) != null) {
            return optimisticLock(null, uri);
        }
        return internal(e, uri);
    }

    /** Seconds a client should wait before retrying while the database is away. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static Response unavailable(Throwable e, UriInfo uri) {
        boolean duringCommit = causeOf(e, RollbackException.class) != null;
        LOG.warn("Database unavailable while answering " + (uri == null ? "?" : uri.getPath())
                + (duringCommit ? " (connection lost during commit)" : ""));
        String detail = duringCommit
                ? "The connection to the database broke while this change was being committed, so it may"
                        + " or may not have been stored. Read the record before writing it again; retry after "
                        + RETRY_AFTER_SECONDS + " seconds."
                : "The database cannot be reached just now; retry after " + RETRY_AFTER_SECONDS + " seconds.";
        return Response.fromResponse(problem(503, "database-unavailable", "Service unavailable", detail, uri, null))
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
    }

    /**
     * True when the failure is the database being away rather than the request being wrong:
     * no connection could be had within the pool's acquisition timeout (or the pool is closing,
     * at the end of a shutdown), the connection was
     * refused or broken (SQLState class 08), or the server is shutting down or starting (57P).
     */
    static boolean databaseUnavailable(Throwable e) {
        return causes(e).anyMatch(t -> t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLException sql && (sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                        || sql.getMessage() != null && lostConnection(sql.getMessage())));
    }

    /**
     * The pool's own words for a connection it could not have or could not use: none free within
     * the acquisition timeout, or one that broke while the pool enlisted it in the request's
     * transaction (the database went away at that instant; the pool gives no SQLState then). Both
     * happen before any statement of the request ran.
     */
    private static boolean lostConnection(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("acquisition timeout") || m.contains("failed to enlist")
                || m.contains("exception in association of connection to existing transaction");
    }

    /**
     * {@code e}, its causes and the exceptions suppressed along the way, outermost first, each
     * once. The suppressed ones matter: a transaction that fails at commit is reported as
     * Narayana's RollbackException, which carries the JDBC failure only as suppressed.
     */
    private static Stream<Throwable> causes(Throwable e) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (e != null) {
            next.push(e);
        }
        while (!next.isEmpty()) {
            Throwable t = next.pop();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            Throwable[] suppressed = t.getSuppressed();
            for (int i = suppressed.length - 1; i >= 0; i--) {
                next.push(suppressed[i]);
            }
            if (t.getCause() != null) {
                next.push(t.getCause());
            }
        }
        return found.stream();
    }

    /** The first of {@code e} and its causes that is a {@code type}, or null. */
    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        return causes(e).filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    private Response internal(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "internal", "Internal error",
                "The service failed to answer this request; it has been logged.", uri, null);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
                            List<FieldError> errors) {
        Problem body = new Problem(Problem.TYPE_BASE + type, title, status, detail,
                uri == null ? null : uri.getPath(), errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** Strips the method and parameter names Bean Validation puts first: {@code create.body.title} → {@code title}. */
    public static String fieldName(Path path) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            // Bean Validation puts a list index on the node *inside* the list element.
            if (node.isInIterable() && node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                sb.append('[').append(node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        if (sb.isEmpty()) {
            return parameter == null ? path.toString() : parameter;
        }
        return sb.toString();
    }

    private static String sqlState(Throwable e) {
        return causes(e).filter(t -> t instanceof SQLException sql && sql.getSQLState() != null)
                .map(t -> ((SQLException) t).getSQLState()).findFirst().orElse(null);
    }
}
