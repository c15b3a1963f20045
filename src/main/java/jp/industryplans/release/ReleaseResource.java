package jp.industryplans.release;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.Audience;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.Ids;
import jp.industryplans.common.PageResult;
import jp.industryplans.common.PublicUrls;
import jp.industryplans.common.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** 公表版 — a plan's releases: publish, list, read one as published, compare two. */
@Path("/api/v1/plans/{id}/releases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    private final ReleaseService releases;
    private final ReleaseDiffs diffs;
    private final ReleasedAnswers answers;
    private final Audience audience;
    private final PublicUrls urls;

    ReleaseResource(ReleaseService releases, ReleaseDiffs diffs, ReleasedAnswers answers, Audience audience,
                    PublicUrls urls) {
        this.releases = releases;
        this.diffs = diffs;
        this.answers = answers;
        this.audience = audience;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "listPlanReleases")
    public PageResult<ReleaseDto> list(@RestPath String id) {
        UUID plan = Ids.path(id);
        List<ReleaseDto> items = releases.list(plan);
        // A plan never released does not exist for the public.
        if (items.isEmpty() && (audience.released() || !releases.planExists(plan))) {
            throw ApiException.notFound("Plan", plan);
        }
        return new PageResult<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    @POST
    @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
    @Operation(operationId = "publishPlanRelease")
    public Response publish(@RestPath String id, @Valid @NotNull ReleaseInput body) {
        UUID plan = Ids.path(id);
        ReleaseDto made = releases.publish(plan, body);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, urls.of("/api/v1/plans/" + plan + "/releases/" + made.sequence()))
                .entity(made).build();
    }

    @GET
    @Path("/{sequence}")
    @Operation(operationId = "getPlanRelease")
    public Response get(@RestPath String id, @RestPath String sequence, @Context HttpHeaders headers) {
        UUID plan = Ids.path(id);
        ReleaseService.Stored stored = releases.get(plan, ReleasedAnswers.sequence("sequence", sequence));
        if (stored == null) {
            throw ApiException.notFound("Release", plan + "/" + sequence);
        }
        return answers.release(stored, headers);
    }

    @GET
    @Path("/{sequence}/diff")
    @Operation(operationId = "diffPlanReleases")
    public Response diff(@RestPath String id, @RestPath String sequence, @RestQuery String from,
                         @Context HttpHeaders headers) {
        UUID plan = Ids.path(id);
        // Both numbers are checked before either is refused, so one answer names every faulty one.
        List<FieldError> errors = new ArrayList<>();
        Integer to = ReleasedAnswers.sequence("sequence", sequence, errors);
        Integer base = from == null ? null : ReleasedAnswers.sequence("from", from, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return answers.immutable(diffs.diff(plan, base == null ? to - 1 : base, to), headers);
    }
}
