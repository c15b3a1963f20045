package jp.industryplans.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.industryplans.common.FiscalYearParam;
import jp.industryplans.common.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/** 集計 — roll-ups for dashboards. */
@Path("/api/v1/dashboard/summary")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final DashboardService service;

    DashboardResource(DashboardService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getDashboardSummary")
    public DashboardSummary summary(@RestQuery String municipality, @RestQuery String fiscalYear) {
        return service.summary(Ids.municipalityQuery(municipality), FiscalYearParam.parse("fiscalYear", fiscalYear));
    }
}
