package jp.industryplans.dashboard;

import jp.industryplans.audit.ReadCache;

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
    private final ReadCache reads;

    DashboardResource(DashboardService service, ReadCache reads) {
        this.service = service;
        this.reads = reads;
    }

    @GET
    @Operation(operationId = "getDashboardSummary")
    public DashboardSummary summary(@RestQuery String municipality, @RestQuery String fiscalYear) {
        String code = Ids.municipalityQuery(municipality);
        Integer fy = FiscalYearParam.parse("fiscalYear", fiscalYear);
        // Dashboards poll the same few roll-ups: they are kept until the next change anywhere.
        return reads.get("summary|" + code + "|" + fy, () -> service.summary(code, fy));
    }
}
