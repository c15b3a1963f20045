package jp.industryplans.evaluation;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** 検証結果・評価 — evaluations of plans and initiatives. */
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("periodStart", "periodStart");
        SORTS.put("periodEnd", "periodEnd");
        SORTS.put("evaluator", "evaluator");
    }

    private final EvaluationService service;
    private final PageResponses pages;

    EvaluationResource(EvaluationService service, PageResponses pages) {
        this.pages = pages;
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listEvaluations")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @RestQuery String plan, @RestQuery String initiative, @Context UriInfo uri,
                         @Context HttpHeaders headers) {
        PageRequest request = PageRequest.of(page, size, sort, SORTS);
        return pages.ok(service.list(request, Ids.query("plan", plan), Ids.query("initiative", initiative)),
                EvaluationDto.class, uri, headers);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvaluation")
    public EvaluationDto get(@RestPath String id) {
        return service.get(Ids.path(id));
    }

    @POST
    @Operation(operationId = "createEvaluation")
    public Response create(@Valid @NotNull EvaluationInput body, @Context UriInfo uri) {
        EvaluationDto created = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceEvaluation")
    public EvaluationDto replace(@RestPath String id, @Valid @NotNull EvaluationInput body) {
        return service.replace(Ids.path(id), body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteEvaluation")
    public Response delete(@RestPath String id) {
        service.delete(Ids.path(id));
        return Response.noContent().build();
    }
}
