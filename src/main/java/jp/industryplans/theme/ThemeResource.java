package jp.industryplans.theme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.industryplans.common.CsvExport;
import jp.industryplans.common.PageResponses;
import jp.industryplans.common.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** テーマ — the cross-ward themes and who carries them. */
@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("sortOrder", "sortOrder");
        SORTS.put("key", "key");
    }

    private final ThemeService service;
    private final PageResponses pages;

    ThemeResource(ThemeService service, PageResponses pages) {
        this.pages = pages;
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listThemes")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @Context HttpHeaders headers) {
        return pages.ok(service.list(PageRequest.of(page, size, sort, SORTS)), ThemeDto.class, headers);
    }

    @GET
    @Path("/{key}")
    @Operation(operationId = "getTheme")
    public ThemeDto get(@RestPath String key) {
        return service.get(key);
    }
}
