package jp.industryplans.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's entry point: where each collection is. It touches no database (the benchmark's ceiling). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ApiRootResource {

    private static final ApiRoot ROOT = new ApiRoot("Industry Plans API", "v1", Map.of(
            "municipalities", "/api/v1/municipalities",
            "plans", "/api/v1/plans",
            "initiatives", "/api/v1/initiatives",
            "indicators", "/api/v1/indicators",
            "evaluations", "/api/v1/evaluations",
            "themes", "/api/v1/themes",
            "dashboard", "/api/v1/dashboard/summary",
            "contract", "/q/openapi"));

    /** 入口 — the API's name, version and the address of each collection. */
    @Schema(name = "ApiRoot")
    public record ApiRoot(String name, String version, Map<String, String> links) {
    }

    @GET
    @Operation(operationId = "getApiRoot")
    public ApiRoot root() {
        return ROOT;
    }
}
