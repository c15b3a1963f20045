package jp.industryplans.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.industryplans.common.Ids;
import jp.industryplans.common.CsvExport;
import jp.industryplans.common.PageResponses;
import jp.industryplans.common.PageRequest;
import jp.industryplans.theme.ThemeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** 取組 — initiatives: the nodes of plans' trees. */
@Path("/api/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    public static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("sortOrder", "sortOrder");
        SORTS.put("title", "title");
        SORTS.put("kind", "kind");
    }

    private final InitiativeService service;
    private final PageResponses pages;
    private final ThemeService themes;

    InitiativeResource(InitiativeService service, ThemeService themes, PageResponses pages) {
        this.pages = pages;
        this.service = service;
        this.themes = themes;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listInitiatives")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @RestQuery String plan, @RestQuery String municipality, @RestQuery String theme,
                         @RestQuery String q, @Context UriInfo uri,
                         @Context HttpHeaders headers) {
        PageRequest request = PageRequest.of(page, size, sort, SORTS);
        return pages.ok(service.list(request, Ids.query("plan", plan), Ids.municipalityQuery(municipality),
                themes.requireKnown("theme", theme), q), InitiativeDto.class, uri, headers);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInitiative")
    public InitiativeDto get(@RestPath String id) {
        return service.get(Ids.path(id));
    }

    @POST
    @Operation(operationId = "createInitiative")
    public Response create(@Valid @NotNull InitiativeInput body, @Context UriInfo uri) {
        InitiativeDto created = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceInitiative")
    public InitiativeDto replace(@RestPath String id, @Valid @NotNull InitiativeInput body) {
        return service.replace(Ids.path(id), body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteInitiative")
    public Response delete(@RestPath String id) {
        service.delete(Ids.path(id));
        return Response.noContent().build();
    }
}
