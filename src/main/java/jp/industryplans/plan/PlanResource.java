package jp.industryplans.plan;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.audit.ChangeResource;
import jp.industryplans.audit.ChangeService;
import jp.industryplans.audit.Freshness;
import jp.industryplans.audit.ReadCache;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.CsvExport;
import jp.industryplans.common.FiscalYearParam;
import jp.industryplans.common.Ids;
import jp.industryplans.common.MergePatch;
import jp.industryplans.common.PageRequest;
import jp.industryplans.common.PageResponses;
import jp.industryplans.common.PublicUrls;
import jp.industryplans.common.Roles;
import jp.industryplans.common.Versioned;
import jp.industryplans.initiative.InitiativeDto;
import jp.industryplans.initiative.InitiativeResource;
import jp.industryplans.initiative.InitiativeService;
import jp.industryplans.theme.ThemeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestHeader;
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
    private final PublicUrls urls;
    private final ChangeService changes;
    private final PlanDetailCache cache;
    private final Freshness freshness;
    private final ReadCache reads;
    private final ObjectMapper mapper;
    private final InitiativeService initiatives;
    private final ThemeService themes;

    PlanResource(PlanService service, InitiativeService initiatives, ThemeService themes, PageResponses pages, PublicUrls urls, ChangeService changes,
                 PlanDetailCache cache, Freshness freshness, ReadCache reads, ObjectMapper mapper) {
        this.cache = cache;
        this.freshness = freshness;
        this.reads = reads;
        this.mapper = mapper;
        this.changes = changes;
        this.pages = pages;
        this.urls = urls;
        this.service = service;
        this.initiatives = initiatives;
        this.themes = themes;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listPlans")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @RestQuery String municipality, @RestQuery String kind, @RestQuery String fiscalYear,
                         @RestQuery String theme, @RestQuery String q, @RestQuery String lineage,
                         @Context HttpHeaders headers) {
        PageRequest request = PageRequest.of(page, size, sort, SORTS);
        UUID chain = Ids.query("lineage", lineage);
        // A lineage reads oldest edition first unless the caller sorts it otherwise.
        boolean lineageOrder = chain != null && sort == null;
        String code = Ids.municipalityQuery(municipality);
        PlanKind k = kind(kind);
        Integer fy = FiscalYearParam.parse("fiscalYear", fiscalYear);
        String t = themes.requireKnown("theme", theme);
        // Keyed by what the answer depends on, not by the URI (whose Host any client may vary).
        String key = "plans|" + request.page() + "|" + request.size() + "|" + part(request.sort()) + part(code)
                + part(k) + part(fy) + part(t) + part(chain) + part(lineageOrder) + part(q);
        return pages.ok(reads.get(key, () -> service.list(request, code, k, fy, t, q, chain, lineageOrder)),
                PlanDto.class, headers);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan")
    public Response get(@RestPath String id, @RestQuery String asOf, @Context HttpHeaders headers) {
        // asOf, and every read by a caller without a role, is answered from a release before this
        // method runs (release.ReleasedReads); here it is always absent.
        UUID plan = Ids.path(id);
        // Served from the cache only when this replica has heard of every committed change,
        // and not when the caller asks for the stored data itself (Cache-Control: no-cache).
        boolean fresh = freshness.current();
        long generation = cache.generation();
        PlanDetailCache.Entry cached = null;
        if (fresh && !noCache(headers)) {
            cached = cache.get(plan);
        } else {
            cache.bypassed();
        }
        if (cached != null) {
            return Versioned.get(cached.etag(), "Plan", plan, headers, cached::json);
        }
        // The validator comes from the stored rows, so a matching poll is answered without
        // loading or serialising the tree.
        String etag = service.etag(plan);
        return Versioned.get(etag, "Plan", plan, headers, () -> {
            byte[] json = serialise(service.get(plan));
            if (fresh) {
                cache.put(plan, new PlanDetailCache.Entry(etag, json), generation);
            }
            return json;
        });
    }

    /** A cache-key part that tells null from the text "null"; only q, the last, may hold the separator. */
    private static String part(Object value) {
        return value == null ? "-|" : "=" + value + "|";
    }

    private static boolean noCache(HttpHeaders headers) {
        String cacheControl = headers.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
    }

    /**
     * The detail written by its records themselves ({@link PlanDto#write}), through a generator of the
     * service's mapper (its plain decimals and ASCII escapes): the bytes data binding writes, without
     * its per-property reflection, which was the uncached detail's largest cost (docs/benchmarks.md).
     */
    private byte[] serialise(PlanDto detail) {
        ByteArrayBuilder out = new ByteArrayBuilder(16_384);
        try (JsonGenerator g = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            detail.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Path("/{id}/initiatives")
    @Operation(operationId = "listPlanInitiatives")
    public Response initiatives(@RestPath String id, @RestQuery String page, @RestQuery String size,
                                @RestQuery String sort, @Context HttpHeaders headers) {
        UUID plan = Ids.path(id);
        service.get(plan);
        PageRequest request = PageRequest.of(page, size, sort, InitiativeResource.SORTS);
        return pages.ok(initiatives.list(request, plan, null, null, null), InitiativeDto.class, headers);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(operationId = "createPlan")
    public Response create(@Valid @NotNull PlanInput body) {
        Versioned<PlanDto> created = service.create(body);
        return Versioned.created(created, urls.of("/api/v1/plans/" + created.body().id()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "replacePlan")
    public Response replace(@RestPath String id, @RestHeader("If-Match") String ifMatch,
                            @Valid @NotNull PlanInput body) {
        return Versioned.ok(service.replace(Ids.path(id), body, ifMatch));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchPlan")
    public Response patch(@RestPath String id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return Versioned.ok(service.patch(Ids.path(id), body, ifMatch));
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePlan")
    public Response delete(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(Ids.path(id), ifMatch);
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

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getPlanHistory")
    public Response history(@RestPath String id, @RestQuery String page, @RestQuery String size,
                            @Context HttpHeaders headers) {
        return ChangeResource.history(changes, pages, "plan", "Plan", id, page, size, headers);
    }
}
