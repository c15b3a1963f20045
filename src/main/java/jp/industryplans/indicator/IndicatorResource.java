package jp.industryplans.indicator;

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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.FiscalYearParam;
import jp.industryplans.common.Ids;
import jp.industryplans.common.CsvExport;
import jp.industryplans.common.PageResponses;
import jp.industryplans.common.PublicUrls;
import jp.industryplans.common.PageRequest;
import jp.industryplans.audit.ChangeResource;
import jp.industryplans.audit.ChangeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import jp.industryplans.common.MergePatch;
import jp.industryplans.common.Versioned;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** 指標 — indicators and their yearly values. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("sortOrder", "sortOrder");
        SORTS.put("name", "name");
        SORTS.put("role", "role");
    }

    private final IndicatorService service;
    private final PageResponses pages;
    private final PublicUrls urls;
    private final ChangeService changes;

    IndicatorResource(IndicatorService service, PageResponses pages, PublicUrls urls, ChangeService changes) {
        this.changes = changes;
        this.pages = pages;
        this.urls = urls;
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listIndicators")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @RestQuery String plan, @RestQuery String initiative, @RestQuery String municipality,
                         @RestQuery String q, @Context HttpHeaders headers) {
        PageRequest request = PageRequest.of(page, size, sort, SORTS);
        return pages.ok(service.list(request, Ids.query("plan", plan), Ids.query("initiative", initiative),
                Ids.municipalityQuery(municipality), q), IndicatorDto.class, headers);
    }

    @GET
    @Path("/values")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listAllIndicatorValues")
    public Response valueRows(@RestQuery String page, @RestQuery String size, @RestQuery String plan,
                              @RestQuery String initiative, @RestQuery String municipality,
                              @RestQuery String indicator, @Context HttpHeaders headers) {
        PageRequest request = PageRequest.unsorted(page, size, 1000, 10_000);
        return pages.ok(service.rows(request, Ids.query("plan", plan), Ids.query("initiative", initiative),
                Ids.municipalityQuery(municipality), Ids.query("indicator", indicator)), IndicatorValueRow.class,
                headers);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/values")
    @Consumes(CsvExport.MEDIA_TYPE)
    @Operation(operationId = "importIndicatorValues")
    public ValueImportResult importValues(String body) {
        return service.importRows(IndicatorValueCsv.parse(body == null ? "" : body));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicator")
    public Response get(@RestPath String id, @Context HttpHeaders headers) {
        UUID indicator = Ids.path(id);
        return Versioned.get(service.etag(indicator), "Indicator", indicator, headers,
                () -> service.get(indicator));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(operationId = "createIndicator")
    public Response create(@Valid @NotNull IndicatorInput body) {
        Versioned<IndicatorDto> created = service.create(body);
        return Versioned.created(created, urls.of("/api/v1/indicators/" + created.body().id()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceIndicator")
    public Response replace(@RestPath String id, @RestHeader("If-Match") String ifMatch,
                            @Valid @NotNull IndicatorInput body) {
        return Versioned.ok(service.replace(Ids.path(id), body, ifMatch));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchIndicator")
    public Response patch(@RestPath String id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return Versioned.ok(service.patch(Ids.path(id), body, ifMatch));
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteIndicator")
    public Response delete(@RestPath String id, @RestHeader("If-Match") String ifMatch) {
        service.delete(Ids.path(id), ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "getIndicatorProgress")
    public IndicatorProgress progress(@RestPath String id, @RestQuery String asOf) {
        // asOf (and a caller without a role) is answered from a release first: release.ReleasedReads.
        return service.progress(Ids.path(id));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Path("/{id}/values")
    @Operation(operationId = "listIndicatorValues")
    public Response values(@RestPath String id, @Context HttpHeaders headers) {
        return pages.ok(service.values(Ids.path(id)), IndicatorValueDto.class, headers);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}/values/{fiscalYear}/{kind}")
    @Operation(operationId = "putIndicatorValue")
    public Response putValue(@RestPath String id, @RestPath String fiscalYear, @RestPath String kind,
                             @RestHeader("If-Match") String ifMatch, @RestHeader("If-None-Match") String ifNoneMatch,
                             @Valid @NotNull IndicatorValueInput body) {
        UUID indicator = Ids.path(id);
        int year = fiscalYear(fiscalYear);
        ValueKind k = kind(kind);
        IndicatorService.ValueWrite written = service.putValue(indicator, year, k, body, ifMatch, ifNoneMatch);
        return Response.status(written.created() ? 201 : 200).entity(written.value().body())
                .header(HttpHeaders.ETAG, written.value().etag()).build();
    }

    @GET
    @Path("/{id}/values/{fiscalYear}/{kind}")
    @Operation(operationId = "getIndicatorValue")
    public Response getValue(@RestPath String id, @RestPath String fiscalYear, @RestPath String kind,
                             @Context HttpHeaders headers) {
        UUID indicator = Ids.path(id);
        int year = fiscalYear(fiscalYear);
        ValueKind k = kind(kind);
        return Versioned.get(service.valueEtag(indicator, year, k), "Value", indicator + "/" + year + "/" + k,
                headers, () -> service.getValue(indicator, year, k));
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}/values/{fiscalYear}/{kind}")
    @Operation(operationId = "deleteIndicatorValue")
    public Response deleteValue(@RestPath String id, @RestPath String fiscalYear, @RestPath String kind,
                                @RestHeader("If-Match") String ifMatch) {
        service.deleteValue(Ids.path(id), fiscalYear(fiscalYear), kind(kind), ifMatch);
        return Response.noContent().build();
    }

    private static int fiscalYear(String text) {
        Integer year = FiscalYearParam.parse("fiscalYear", text);
        if (year == null) {
            throw ApiException.invalid("fiscalYear", "is required");
        }
        return year;
    }

    private static ValueKind kind(String text) {
        try {
            return ValueKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("kind", "must be one of TARGET, ACTUAL, ESTIMATE");
        }
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getIndicatorHistory")
    public Response history(@RestPath String id, @RestQuery String page, @RestQuery String size,
                            @Context HttpHeaders headers) {
        return ChangeResource.history(changes, pages, "indicator", "Indicator", id, page, size, headers);
    }
}
