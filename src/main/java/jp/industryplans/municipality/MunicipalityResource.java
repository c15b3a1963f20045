package jp.industryplans.municipality;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.MunicipalityCode;
import jp.industryplans.common.CsvExport;
import jp.industryplans.common.PageResponses;
import jp.industryplans.common.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** 地方公共団体 — municipalities, read-only. */
@Path("/api/v1/municipalities")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("code", "code");
        SORTS.put("name", "name");
        SORTS.put("kana", "kana");
    }

    private final MunicipalityService service;
    private final PageResponses pages;

    MunicipalityResource(MunicipalityService service, PageResponses pages) {
        this.pages = pages;
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listMunicipalities")
    public Response list(@RestQuery String page, @RestQuery String size, @RestQuery String sort,
                         @RestQuery String prefecture, @Context HttpHeaders headers) {
        return pages.ok(service.list(PageRequest.of(page, size, sort, SORTS), prefecture), MunicipalityDto.class,
                headers);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getMunicipality")
    public MunicipalityDto get(@RestPath String code) {
        if (!MunicipalityCode.isValid(code)) {
            throw ApiException.invalid("code", "must be a 6-digit local government code with a valid check digit");
        }
        return service.get(code);
    }
}
