package jp.industryplans.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a page of a collection: as JSON ({@code items}, {@code page}, {@code size},
 * {@code total}) or, when the caller prefers {@code text/csv}, as CSV rows of the items; either
 * way with RFC 8288 {@code Link} headers (first, prev, next, last) to the same request with
 * another page, at the service's public address ({@link PublicUrls}).
 */
@ApplicationScoped
public class PageResponses {

    private final ObjectMapper json;
    private final PublicUrls urls;

    PageResponses(ObjectMapper json, PublicUrls urls) {
        this.json = json;
        this.urls = urls;
    }

    public <T> Response ok(PageResult<T> page, Class<T> itemType, HttpHeaders headers) {
        Response.ResponseBuilder response = prefersCsv(headers)
                ? Response.ok(CsvExport.write(page.items(), itemType, json), CsvExport.MEDIA_TYPE + ";charset=UTF-8")
                : Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
        return response.header("Link", String.join(", ", links(page))).build();
    }

    /** True when the caller's Accept header prefers text/csv to application/json ({@link AcceptHeader}). */
    public static boolean prefersCsv(HttpHeaders headers) {
        return AcceptHeader.parse(headers.getRequestHeader(HttpHeaders.ACCEPT)).prefersCsv();
    }

    private List<String> links(PageResult<?> page) {
        int last = page.total() == 0 ? 0 : (int) ((page.total() - 1) / page.size());
        // The other parameters as sent (raw), without the paging ones, which each link sets.
        StringBuilder kept = new StringBuilder();
        String query = urls.requestQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!pair.isEmpty() && !name.equals("page") && !name.equals("size")) {
                    kept.append(pair).append('&');
                }
            }
        }
        String base = urls.requestPath() + "?" + kept;
        List<String> links = new ArrayList<>();
        links.add(link(base, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(base, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(base, page.page() + 1, page.size(), "next"));
        }
        links.add(link(base, last, page.size(), "last"));
        return links;
    }

    private String link(String base, int page, int size, String rel) {
        return "<" + urls.of(base + "page=" + page + "&size=" + size) + ">; rel=\"" + rel + "\"";
    }
}
