package jp.industryplans.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.ConditionalGet;
import jp.industryplans.common.FieldError;

/**
 * How releases are answered over HTTP. A release never changes, so its answers carry a strong
 * {@code ETag} and may be kept for a year ({@code immutable}); the plan detail served from the
 * latest release changes when the next one is published, so it keeps the usual revalidation.
 */
@ApplicationScoped
public class ReleasedAnswers {

    /** A release, or a comparison of two, never changes. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern SEQUENCE = Pattern.compile("[1-9][0-9]{0,8}");

    private final ObjectMapper mapper;

    ReleasedAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A release number in a path or a query: 1, 2, … */
    static int sequence(String field, String text) {
        List<FieldError> errors = new ArrayList<>(1);
        Integer number = sequence(field, text, errors);
        if (number == null) {
            throw ApiException.invalid(errors);
        }
        return number;
    }

    /** The release number in {@code text}, or null with the fault added to {@code errors}. */
    static Integer sequence(String field, String text, List<FieldError> errors) {
        if (text == null || !SEQUENCE.matcher(text).matches()) {
            errors.add(new FieldError(field, "must be a release number: 1, 2, 3 …"));
            return null;
        }
        return Integer.parseInt(text);
    }

    /** {@code {"release": …, "plan": …}}: the release's facts and its document, byte for byte as published. */
    Response release(ReleaseService.Stored stored, HttpHeaders headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(stored.document().length + 512);
        out.writeBytes("{\"release\":".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(json(stored.release()));
        out.writeBytes(",\"plan\":".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(stored.document());
        out.writeBytes("}".getBytes(StandardCharsets.UTF_8));
        return conditional(stored.etag(), out.toByteArray(), IMMUTABLE, headers);
    }

    /** Any other answer that can never change (a comparison of two releases). */
    Response immutable(Object body, HttpHeaders headers) {
        byte[] bytes = json(body);
        return conditional(ConditionalGet.etagOf("immutable|" + new String(bytes, StandardCharsets.UTF_8)), bytes,
                IMMUTABLE, headers);
    }

    /** The plan document of a release, as {@code GET /plans/{id}} answers it; says which release it is. */
    Response plan(ReleaseService.Stored stored, String location, HttpHeaders headers) {
        Response.ResponseBuilder answer = ConditionalGet.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                stored.etag()) ? Response.notModified() : Response.ok(stored.document(), MediaType.APPLICATION_JSON_TYPE);
        return answer.header(HttpHeaders.ETAG, stored.etag()).header(HttpHeaders.CONTENT_LOCATION, location)
                .header(RELEASE, stored.release().sequence()).build();
    }

    /** Response header naming the release an answer comes from. */
    public static final String RELEASE = "X-Plan-Release";

    private Response conditional(String etag, byte[] body, String cacheControl, HttpHeaders headers) {
        Response.ResponseBuilder answer = ConditionalGet.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)
                ? Response.notModified() : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
