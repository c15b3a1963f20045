package jp.industryplans.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A record as written, with the ETag of its new version. */
public record Versioned<T>(T body, String etag) {

    /**
     * A GET of one record: 404 when it has no tag (it does not exist), 304 when the caller's
     * {@code If-None-Match} still matches its tag, else the record with its tag. The tag is read
     * first, so a tag never claims a newer version than the body it comes with.
     *
     * @param what and {@code id} name the record in a 404
     */
    public static Response get(String etag, String what, Object id, HttpHeaders headers,
                               java.util.function.Supplier<?> body) {
        if (etag == null) {
            throw ApiException.notFound(what, id);
        }
        if (ConditionalGet.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(body.get()).header(HttpHeaders.ETAG, etag).build();
    }

    /**
     * 201 with the created record, its ETag and its {@code location} as given (from
     * {@link PublicUrls}): the JAX-RS {@code location()} would complete a relative one from the
     * request's Host header.
     */
    public static Response created(Versioned<?> written, String location) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, location)
                .entity(written.body()).header(HttpHeaders.ETAG, written.etag()).build();
    }

    /** 200 with the record and its ETag. */
    public static Response ok(Versioned<?> written) {
        return Response.ok(written.body()).header(HttpHeaders.ETAG, written.etag()).build();
    }
}
