package jp.industryplans.seed;

import jakarta.annotation.security.RolesAllowed;
import jp.industryplans.common.Roles;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 一括取込 — bulk import of municipalities and whole plans. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportService service;

    ImportResource(ImportService service) {
        this.service = service;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(operationId = "importBundle")
    public ImportResult importBundle(@NotNull ImportBundle body) {
        return service.importBundle(body);
    }
}
