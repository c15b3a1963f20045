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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.industryplans.common.Ids;
import jp.industryplans.common.PageLinks;
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

    EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listEvaluations")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @RestQuery String plan, @RestQuery String initiative, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size, sort, SORTS);
        return PageLinks.ok(service.list(request, Ids.query("plan", plan), Ids.query("initiative", initiative)), uri);
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
