package jp.industryplans.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/** 概要の取込 — a published summary's text in, draft plans (or, on a dry run, the bundle) out. */
@Path("/api/v1/ingests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IngestResource {

    private final IngestService service;

    IngestResource(IngestService service) {
        this.service = service;
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Operation(operationId = "ingestSummary")
    public IngestReport ingest(@NotNull @Valid IngestInput body, @RestQuery String dryRun) {
        return service.ingest(body, dryRun(dryRun));
    }

    private static boolean dryRun(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.invalid("dryRun", "must be true or false");
    }
}
