package jp.industryplans.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = pathOf(m);
            String message = e instanceof UnrecognizedPropertyException
                    ? "unknown property" : "has the wrong type or format";
            return problem(400, "validation", "Invalid input", "The field " + field + " cannot be read.",
                    uri, List.of(new FieldError(field, message)));
        }
        return problem(400, "malformed-json", "Malformed JSON",
                "The request body is not well-formed JSON: " + firstLine(e.getOriginalMessage()), uri, null);
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
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
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
            case 415 -> "This operation accepts application/json only.";
            case 406 -> "This operation cannot answer in the requested media type.";
            default -> e.getMessage();
        };
        Response r = problem(status, "http-" + status, title, detail, uri, null);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(r).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
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
        if ("23514".equals(state) || "22001".equals(state) || "22003".equals(state)) {
            return problem(400, "validation", "Invalid input",
                    "The data breaks a rule of the data model (" + state + ").", uri, null);
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response any(Throwable e, UriInfo uri) {
        return internal(e, uri);
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

    private static String pathOf(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
