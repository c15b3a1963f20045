package jp.industryplans.indicator;

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
import jp.industryplans.common.CsvExport;
import jp.industryplans.common.PageResponses;
import jp.industryplans.common.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    IndicatorResource(IndicatorService service, PageResponses pages) {
        this.pages = pages;
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listIndicators")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @RestQuery String plan, @RestQuery String initiative, @RestQuery String municipality,
                         @RestQuery String q, @Context UriInfo uri,
                         @Context HttpHeaders headers) {
        PageRequest request = PageRequest.of(page, size, sort, SORTS);
        return pages.ok(service.list(request, Ids.query("plan", plan), Ids.query("initiative", initiative),
                Ids.municipalityQuery(municipality), q), IndicatorDto.class, uri, headers);
    }

    @GET
    @Path("/values")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listAllIndicatorValues")
    public Response valueRows(@RestQuery String page, @RestQuery String size, @RestQuery String plan,
                              @RestQuery String initiative, @RestQuery String municipality,
                              @RestQuery String indicator, @Context UriInfo uri, @Context HttpHeaders headers) {
        PageRequest request = PageRequest.unsorted(page, size, 1000, 10_000);
        return pages.ok(service.rows(request, Ids.query("plan", plan), Ids.query("initiative", initiative),
                Ids.municipalityQuery(municipality), Ids.query("indicator", indicator)), IndicatorValueRow.class,
                uri, headers);
    }

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
    public IndicatorDto get(@RestPath String id) {
        return service.get(Ids.path(id));
    }

    @POST
    @Operation(operationId = "createIndicator")
    public Response create(@Valid @NotNull IndicatorInput body, @Context UriInfo uri) {
        IndicatorDto created = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceIndicator")
    public IndicatorDto replace(@RestPath String id, @Valid @NotNull IndicatorInput body) {
        return service.replace(Ids.path(id), body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteIndicator")
    public Response delete(@RestPath String id) {
        service.delete(Ids.path(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "getIndicatorProgress")
    public IndicatorProgress progress(@RestPath String id) {
        return service.progress(Ids.path(id));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Path("/{id}/values")
    @Operation(operationId = "listIndicatorValues")
    public Response values(@RestPath String id, @Context UriInfo uri,
                         @Context HttpHeaders headers) {
        return pages.ok(service.values(Ids.path(id)), IndicatorValueDto.class, uri, headers);
    }

    @PUT
    @Path("/{id}/values/{fiscalYear}/{kind}")
    @Operation(operationId = "putIndicatorValue")
    public Response putValue(@RestPath String id, @RestPath String fiscalYear, @RestPath String kind,
                             @Valid @NotNull IndicatorValueInput body) {
        UUID indicator = Ids.path(id);
        int year = fiscalYear(fiscalYear);
        ValueKind k = kind(kind);
        boolean created = service.putValue(indicator, year, k, body);
        return Response.status(created ? 201 : 200).entity(service.getValue(indicator, year, k)).build();
    }

    @DELETE
    @Path("/{id}/values/{fiscalYear}/{kind}")
    @Operation(operationId = "deleteIndicatorValue")
    public Response deleteValue(@RestPath String id, @RestPath String fiscalYear, @RestPath String kind) {
        service.deleteValue(Ids.path(id), fiscalYear(fiscalYear), kind(kind));
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
}
