package jp.industryplans.plan;

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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.FiscalYearParam;
import jp.industryplans.common.Ids;
import jp.industryplans.common.ConditionalGet;
import jp.industryplans.common.CsvExport;
import jp.industryplans.common.PageResponses;
import jp.industryplans.common.PageRequest;
import jp.industryplans.initiative.InitiativeDto;
import jp.industryplans.initiative.InitiativeResource;
import jp.industryplans.initiative.InitiativeService;
import jp.industryplans.theme.ThemeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** 計画 — plans. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("municipalityCode", "municipalityCode");
        SORTS.put("periodStart", "periodStart");
        SORTS.put("periodEnd", "periodEnd");
        SORTS.put("title", "title");
        SORTS.put("kind", "kind");
    }

    private final PlanService service;
    private final PageResponses pages;
    private final InitiativeService initiatives;
    private final ThemeService themes;

    PlanResource(PlanService service, InitiativeService initiatives, ThemeService themes, PageResponses pages) {
        this.pages = pages;
        this.service = service;
        this.initiatives = initiatives;
        this.themes = themes;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listPlans")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @RestQuery String municipality, @RestQuery String kind, @RestQuery String fiscalYear,
                         @RestQuery String theme, @RestQuery String q, @Context UriInfo uri,
                         @Context HttpHeaders headers) {
        PageRequest request = PageRequest.of(page, size, sort, SORTS);
        return pages.ok(service.list(request, Ids.municipalityQuery(municipality), kind(kind),
                FiscalYearParam.parse("fiscalYear", fiscalYear), themes.requireKnown("theme", theme), q),
                PlanDto.class, uri, headers);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan")
    public Response get(@RestPath String id, @Context HttpHeaders headers) {
        UUID plan = Ids.path(id);
        String fingerprint = service.fingerprint(plan);
        if (fingerprint == null) {
            throw jp.industryplans.common.ApiException.notFound("Plan", plan);
        }
        // The validator comes from the stored rows, so a matching poll is answered without
        // loading or serialising the tree.
        String etag = ConditionalGet.etagOf(fingerprint);
        if (ConditionalGet.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(service.get(plan)).header(HttpHeaders.ETAG, etag).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Path("/{id}/initiatives")
    @Operation(operationId = "listPlanInitiatives")
    public Response initiatives(@RestPath String id, @RestQuery String page, @RestQuery String size,
                                @RestQuery String sort, @Context UriInfo uri,
                                @Context HttpHeaders headers) {
        UUID plan = Ids.path(id);
        service.get(plan);
        PageRequest request = PageRequest.of(page, size, sort, InitiativeResource.SORTS);
        return pages.ok(initiatives.list(request, plan, null, null, null), InitiativeDto.class, uri, headers);
    }

    @POST
    @Operation(operationId = "createPlan")
    public Response create(@Valid @NotNull PlanInput body, @Context UriInfo uri) {
        PlanDto created = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replacePlan")
    public PlanDto replace(@RestPath String id, @Valid @NotNull PlanInput body) {
        return service.replace(Ids.path(id), body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePlan")
    public Response delete(@RestPath String id) {
        service.delete(Ids.path(id));
        return Response.noContent().build();
    }

    private static PlanKind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PlanKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("kind", "must be one of REGIONAL_INDUSTRY_REVITALIZATION, "
                    + "LONG_TERM_PLAN_VERIFICATION, INDUSTRIAL_PROMOTION_PLAN");
        }
    }
}
