package jp.industryplans.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.Ids;
import jp.industryplans.common.PageRequest;
import jp.industryplans.common.WholeNumbers;
import jp.industryplans.common.PageResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/** 変更フィード — the change feed other systems mirror the data from (each record's history is on its own resource). */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    static final int FEED_DEFAULT = 100;
    static final int FEED_MAX = 1000;

    private final ChangeService service;

    ChangeResource(ChangeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listChanges")
    public ChangeFeed changes(@RestQuery String after, @RestQuery String limit) {
        return service.feed(cursor(after), limit(limit));
    }

    /** A page of one record's history, newest first (for the resources' own history operations). */
    public static Response history(ChangeService service, PageResponses pages, String resource, String what,
                                   String id, String page, String size, HttpHeaders headers) {
        PageRequest request = PageRequest.unsorted(page, size, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE);
        return pages.ok(service.history(resource, Ids.path(id), request, what), ChangeEntry.class, headers);
    }

    private static long cursor(String text) {
        if (text == null) {
            return 0;
        }
        long value = WholeNumbers.parse(text);
        if (value >= 0) {
            return value;
        }
        throw ApiException.invalid("after", "must be a cursor from an earlier answer (a whole number of 0 or more)");
    }

    private static int limit(String text) {
        if (text == null) {
            return FEED_DEFAULT;
        }
        long value = WholeNumbers.parse(text);
        if (value >= 1 && value <= FEED_MAX) {
            return (int) value;
        }
        throw ApiException.invalid(java.util.List.of(new FieldError("limit", "must be a whole number between 1 and "
                + FEED_MAX)));
    }
}
