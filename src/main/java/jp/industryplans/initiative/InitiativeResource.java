package jp.industryplans.initiative;

import jakarta.annotation.security.RolesAllowed;
import jp.industryplans.common.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.industryplans.common.Ids;
import jp.industryplans.common.CsvExport;
import jp.industryplans.common.PageResponses;
import jp.industryplans.common.PublicUrls;
import jp.industryplans.common.PageRequest;
import jp.industryplans.theme.ThemeService;
import jp.industryplans.audit.ChangeResource;
import jp.industryplans.audit.ChangeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import jp.industryplans.common.MergePatch;
import jp.industryplans.common.Versioned;
import org.jboss.resteasy.reactive.RestHeader;
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
    private final PublicUrls urls;
    private final ChangeService changes;
    private final ThemeService themes;

    InitiativeResource(InitiativeService service, ThemeService themes, PageResponses pages, PublicUrls urls, ChangeService changes) {
        this.changes = changes;
        this.pages = pages;
        this.urls = urls;
        this.service = service;
        this.themes = themes;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listInitiatives")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @RestQuery String plan, @RestQuery String municipality, @RestQuery String theme,
                         @RestQuery String q, @Context HttpHeaders headers) {
        PageRequest request = PageRequest.of(page, size, sort, SORTS);
        return pages.ok(service.list(request, Ids.query("plan", plan), Ids.municipalityQuery(municipality),
                themes.requireKnown("theme", theme), q), InitiativeDto.class, headers);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInitiative")
    public Response get(@RestPath String id, @Context HttpHeaders headers) {
        UUID initiative = Ids.path(id);
        return Versioned.get(service.etag(initiative), "Initiative", initiative, headers,
                () -> service.get(initiative));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(operationId = "createInitiative")
    public Response create(@Valid @NotNull InitiativeInput body) {
        Versioned<InitiativeDto> created = service.create(body);
        return Versioned.created(created, urls.of("/api/v1/initiatives/" + created.body().id()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceInitiative")
    public Response replace(@RestPath String id, @RestHeader("If-Match") String ifMatch,
                            @Valid @NotNull InitiativeInput body) {
        return Versioned.ok(service.replace(Ids.path(id), body, ifMatch));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchInitiative")
    public Response patch(@RestPath String id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return Versioned.ok(service.patch(Ids.path(id), body, ifMatch));
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteInitiative")
    public Response delete(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(Ids.path(id), ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getInitiativeHistory")
    public Response history(@RestPath String id, @RestQuery String page, @RestQuery String size,
                            @Context HttpHeaders headers) {
        return ChangeResource.history(changes, pages, "initiative", "Initiative", id, page, size, headers);
    }
}
