package jp.industryplans.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a page of a collection: as JSON ({@code items}, {@code page}, {@code size},
 * {@code total}) or, when the caller prefers {@code text/csv}, as CSV rows of the items; either
 * way with RFC 8288 {@code Link} headers (first, prev, next, last).
 */
@ApplicationScoped
public class PageResponses {

    private final ObjectMapper json;

    PageResponses(ObjectMapper json) {
        this.json = json;
    }

    public <T> Response ok(PageResult<T> page, Class<T> itemType, UriInfo uri, HttpHeaders headers) {
        Response.ResponseBuilder response = prefersCsv(headers)
                ? Response.ok(CsvExport.write(page.items(), itemType, json), CsvExport.MEDIA_TYPE + ";charset=UTF-8")
                : Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
        return response.header("Link", String.join(", ", links(page, uri))).build();
    }

    /** True when text/csv comes before application/json in the caller's Accept preferences. */
    public static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return false;
            }
            if (!type.isWildcardType() && "text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> links(PageResult<?> page, UriInfo uri) {
        int last = page.total() == 0 ? 0 : (int) ((page.total() - 1) / page.size());
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return links;
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        String target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build().toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
