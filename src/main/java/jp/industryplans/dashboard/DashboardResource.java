package jp.industryplans.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import jp.industryplans.audit.ReadCache;
import jp.industryplans.common.ConditionalGet;
import jp.industryplans.common.FiscalYearParam;
import jp.industryplans.common.Ids;
import jp.industryplans.release.AsOfDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/** 集計 — roll-ups for dashboards, of the current state or as of a date (基準日). */
@Path("/api/v1/dashboard/summary")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final DashboardService service;
    private final ReleasedSummary released;
    private final ReadCache reads;

    DashboardResource(DashboardService service, ReleasedSummary released, ReadCache reads) {
        this.service = service;
        this.released = released;
        this.reads = reads;
    }

    @GET
    @Operation(operationId = "getDashboardSummary")
    public Response summary(@RestQuery String municipality, @RestQuery String fiscalYear, @RestQuery String asOf,
                            @Context HttpHeaders headers) {
        String code = Ids.municipalityQuery(municipality);
        Integer fy = FiscalYearParam.parse("fiscalYear", fiscalYear);
        LocalDate date = AsOfDate.parse("asOf", asOf);
        String key = "summary|" + code + "|" + fy;
        if (date == null) {
            // Dashboards poll the same few roll-ups: they are kept until the next change anywhere.
            return Response.ok(reads.get(key, () -> service.summary(code, fy))).build();
        }
        // As of a date the answer is fixed by the releases in force then: their tags make its ETag,
        // and a poll that still matches is answered without reading a document.
        String etag = released.etag(code, fy, date);
        if (ConditionalGet.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        ReleasedSummary.Tagged answer = reads.get(key + "|" + date, () -> released.summary(code, fy, date));
        return Response.ok(answer.summary()).header(HttpHeaders.ETAG, answer.etag()).build();
    }
}
