package jp.industryplans.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.Audience;
import jp.industryplans.common.Ids;
import jp.industryplans.common.PublicUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads answered from a release rather than from the rows: a plan's detail for a caller who
 * reads only released content (the latest release as published, with the successor released since; see
 * {@link ReleaseService#latestAsServed}), and any read
 * {@code asOf} a date (the release in force on that date), for every caller. Runs after the
 * query string was checked against the contract ({@code QueryContract}); the plan's own
 * resource is left as it is.
 */
public class ReleasedReads {

    private final ReleaseService releases;
    private final ReleasedAnswers answers;
    private final Audience audience;
    private final PublicUrls urls;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TargetRevisions revisions;

    ReleasedReads(ReleaseService releases, ReleasedAnswers answers, Audience audience, PublicUrls urls,
                  EntityManager em, ObjectMapper mapper, TargetRevisions revisions) {
        this.releases = releases;
        this.answers = answers;
        this.audience = audience;
        this.urls = urls;
        this.em = em;
        this.mapper = mapper;
        this.revisions = revisions;
    }

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response answer(ContainerRequestContext request, ResourceInfo resource, HttpHeaders headers) {
        Method method = resource.getResourceMethod();
        Operation op = method == null ? null : method.getAnnotation(Operation.class);
        if (op == null) {
            return null;
        }
        String asOfText = request.getUriInfo().getQueryParameters().getFirst("asOf");
        return switch (op.operationId()) {
            case "getPlan" -> plan(request, AsOfDate.parse("asOf", asOfText), headers);
            case "getIndicatorProgress" -> asOfText == null && !audience.released() ? null
                    : progress(request, AsOfDate.parse("asOf", asOfText));
            default -> null;
        };
    }

    private Response plan(ContainerRequestContext request, LocalDate asOf, HttpHeaders headers) {
        if (asOf == null && !audience.released()) {
            return null;
        }
        UUID plan = Ids.path(request.getUriInfo().getPathParameters().getFirst("id"));
        ReleaseService.Stored stored = asOf == null ? releases.latestAsServed(plan) : inForce(plan, asOf);
        if (stored == null) {
            throw ApiException.notFound("Plan", plan);
        }
        return answers.plan(stored, urls.of("/api/v1/plans/" + plan + "/releases/" + stored.release().sequence()),
                headers);
    }

    private ReleaseService.Stored inForce(UUID plan, LocalDate asOf) {
        ReleaseService.Stored stored = releases.inForce(plan, asOf);
        if (stored == null) {
            throw new ApiException(404, "not-found", "Not found", "Plan " + plan + " had no release in force on "
                    + asOf + " (its releases are listed at /api/v1/plans/" + plan + "/releases).", null);
        }
        return stored;
    }

    /**
     * An indicator's progress as its plan's release in force on the date showed it (the latest
     * release when no date is given), with the targets revised since they were first released.
     */
    private Response progress(ContainerRequestContext request, LocalDate asOf) {
        UUID indicator = Ids.path(request.getUriInfo().getPathParameters().getFirst("id"));
        List<?> plans = em.createNativeQuery("SELECT plan_id FROM indicator WHERE id = :i")
                .setParameter("i", indicator).getResultList();
        if (plans.isEmpty()) {
            throw ApiException.notFound("Indicator", indicator);
        }
        UUID plan = (UUID) plans.get(0);
        ReleaseService.Stored stored = asOf == null ? releases.latest(plan) : inForce(plan, asOf);
        if (stored == null) {
            throw ApiException.notFound("Indicator", indicator);
        }
        JsonNode found = null;
        try {
            for (JsonNode i : mapper.readTree(stored.document()).path("indicators")) {
                if (indicator.toString().equals(i.path("id").asText())) {
                    found = i;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found == null) {
            throw new ApiException(404, "not-found", "Not found", "Indicator " + indicator
                    + " is not in its plan's release " + stored.release().sequence() + ".", null);
        }
        return Response.ok(revisions.withRevisions(found.path("progress"), plan, indicator, stored.release().sequence()))
                .header(ReleasedAnswers.RELEASE, stored.release().sequence()).build();
    }
}
