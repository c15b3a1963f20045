package jp.industryplans.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.industryplans.common.ConditionalGet;
import jp.industryplans.indicator.CountingMode;
import jp.industryplans.indicator.Direction;
import jp.industryplans.indicator.IndicatorProgress;
import jp.industryplans.indicator.ProgressBasis;
import jp.industryplans.indicator.ProgressRules;
import jp.industryplans.indicator.ProgressStatus;
import jp.industryplans.indicator.QualitativeValue;
import jp.industryplans.indicator.ValueKind;
import jp.industryplans.release.ReleaseService;

/**
 * 基準日の集計 — the dashboard roll-up as of a date: counted, plan by plan, from the release
 * (公表版) in force on that date, so that it shows what the public could read then. A plan with no
 * release by then is left out. The rule is the roll-up's own: the plans in force in the fiscal
 * year asked for (statuses as they stood in that year, judged by the Java rule from the figures
 * the release holds), or else in the latest fiscal year with a confirmed actual (実績) among the
 * releases in scope (statuses as each release showed them).
 */
@ApplicationScoped
public class ReleasedSummary {

    /** A summary and the strong tag of the releases it was counted from. */
    public record Tagged(String etag, DashboardSummary summary) {
    }

    private final ReleaseService releases;
    private final ObjectMapper mapper;

    ReleasedSummary(ReleaseService releases, ObjectMapper mapper) {
        this.releases = releases;
        this.mapper = mapper;
    }

    /**
     * The tag the answer for these parameters has while no release in force on {@code asOf}
     * changes: read from the releases' tags, without their documents, so that a poll that
     * matches is answered 304 without counting anything.
     */
    public String etag(String municipality, Integer fiscalYear, LocalDate asOf) {
        return tag(municipality, fiscalYear, asOf, releases.inForceTags(asOf).stream());
    }

    public Tagged summary(String municipality, Integer requested, LocalDate asOf) {
        List<ReleaseService.InForce> inForce = releases.inForce(asOf, municipality);
        List<PlanFigures> plans = new ArrayList<>();
        for (ReleaseService.InForce release : inForce) {
            if (release.document() != null) {
                plans.add(PlanFigures.of(read(release.document()), requested));
            }
        }
        Integer fiscalYear = requested != null ? requested
                : plans.stream().map(PlanFigures::latestActualYear).filter(y -> y != null).max(Integer::compare)
                .orElse(null);
        FiscalYearSource source = requested != null ? FiscalYearSource.REQUESTED
                : fiscalYear != null ? FiscalYearSource.LATEST_ACTUAL : FiscalYearSource.ALL_PLANS;
        SummaryTally tally = new SummaryTally();
        plans.stream().filter(p -> fiscalYear == null || p.periodStart() <= fiscalYear && p.periodEnd() >= fiscalYear)
                .forEach(p -> p.countIn(tally));
        return new Tagged(tag(municipality, requested, asOf, inForce.stream().map(ReleaseService.InForce::tag)),
                tally.summary(municipality, fiscalYear, source, asOf));
    }

    private static String tag(String municipality, Integer fiscalYear, LocalDate asOf, Stream<String> releaseTags) {
        StringBuilder fingerprint = new StringBuilder("summary|").append(municipality).append('|').append(fiscalYear)
                .append('|').append(asOf);
        releaseTags.forEach(t -> fingerprint.append('|').append(t));
        return ConditionalGet.etagOf(fingerprint.toString());
    }

    private JsonNode read(byte[] document) {
        try {
            return mapper.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the roll-up needs of one released plan document. */
    private record PlanFigures(String code, String name, int periodStart, int periodEnd, int initiatives,
                               Integer latestActualYear, List<Judged> indicators) {

        static PlanFigures of(JsonNode plan, Integer fiscalYear) {
            Integer latestActual = null;
            List<Judged> judged = new ArrayList<>();
            for (JsonNode indicator : plan.path("indicators")) {
                for (JsonNode v : indicator.path("values")) {
                    if ("ACTUAL".equals(v.path("kind").asText()) && (v.hasNonNull("value") || v.hasNonNull("qualitative"))) {
                        int fy = v.path("fiscalYear").asInt();
                        latestActual = latestActual == null ? fy : Math.max(latestActual, fy);
                    }
                }
                judged.add(fiscalYear == null ? Judged.asReleased(indicator.path("progress"))
                        : Judged.asOf(indicator, fiscalYear));
            }
            return new PlanFigures(plan.path("municipalityCode").asText(), plan.path("municipalityName").asText(),
                    plan.path("periodStart").asInt(), plan.path("periodEnd").asInt(),
                    countInitiatives(plan.path("initiatives")), latestActual, judged);
        }

        private static int countInitiatives(JsonNode nodes) {
            int n = 0;
            for (JsonNode node : nodes) {
                n += 1 + countInitiatives(node.path("children"));
            }
            return n;
        }

        void countIn(SummaryTally tally) {
            tally.plan(code, name, periodStart, periodEnd);
            tally.initiatives(code, initiatives);
            for (Judged j : indicators) {
                tally.indicators(code, j.status(), j.basis(), 1);
            }
        }
    }

    /** An indicator's status (進捗状況) and what it rests on (実績 or 見込み). */
    private record Judged(ProgressStatus status, ProgressBasis basis) {

        /** As the release showed it. */
        static Judged asReleased(JsonNode progress) {
            return new Judged(ProgressStatus.valueOf(progress.path("status").asText(ProgressStatus.NO_DATA.name())),
                    progress.hasNonNull("basis") ? ProgressBasis.valueOf(progress.get("basis").asText()) : null);
        }

        /**
         * As it stood in {@code fiscalYear}: every target the release holds, actuals and estimates up
         * to that year, as the roll-up of the working state judges them in the database.
         */
        static Judged asOf(JsonNode indicator, int fiscalYear) {
            JsonNode baseline = indicator.path("baseline");
            IndicatorProgress.Subject subject = new IndicatorProgress.Subject(
                    CountingMode.valueOf(indicator.path("countingMode").asText()),
                    Direction.valueOf(indicator.path("direction").asText()), indicator.path("unit").asText(null),
                    baseline.hasNonNull("fiscalYear") ? baseline.get("fiscalYear").asInt() : null,
                    decimal(baseline.path("value")), baseline.path("fiscalYearInferred").asBoolean(false));
            List<IndicatorProgress.Point> points = new ArrayList<>();
            for (JsonNode v : indicator.path("values")) {
                ValueKind kind = ValueKind.valueOf(v.path("kind").asText());
                int fy = v.path("fiscalYear").asInt();
                if (kind != ValueKind.TARGET && fy > fiscalYear) {
                    continue;
                }
                points.add(new IndicatorProgress.Point(fy, kind, decimal(v.path("value")),
                        v.hasNonNull("qualitative") ? QualitativeValue.valueOf(v.get("qualitative").asText()) : null,
                        v.path("fiscalYearInferred").asBoolean(false)));
            }
            IndicatorProgress judged = IndicatorProgress.of(subject, points, ProgressRules.STANDARD);
            return new Judged(judged.status(), judged.basis());
        }

        private static BigDecimal decimal(JsonNode n) {
            return n.isNumber() ? n.decimalValue() : null;
        }
    }
}
