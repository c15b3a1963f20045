package jp.industryplans.indicator;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 判定基準 — the progress thresholds, so that every dashboard colours the same way. */
@Path("/api/v1/progress/rules")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressRulesResource {

    @GET
    @Operation(operationId = "getProgressRules")
    public ProgressRules rules() {
        return ProgressRules.STANDARD;
    }
}
