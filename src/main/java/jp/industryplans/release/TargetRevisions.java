package jp.industryplans.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import jp.industryplans.common.FiscalYear;

/**
 * 目標の改定 — targets that changed after they were first released, read from the plan's
 * releases in order: 当初目標 is a target as the first release that had it showed it, 改定目標
 * as a later release showed it.
 */
@ApplicationScoped
public class TargetRevisions {

    private final ReleaseService releases;
    private final ObjectMapper mapper;

    TargetRevisions(ReleaseService releases, ObjectMapper mapper) {
        this.releases = releases;
        this.mapper = mapper;
    }

    /** Targets whose value in release {@code to} differs from their value in release {@code from}. */
    List<TargetRevision> between(UUID plan, int from, int to) {
        Map<String, Tracked> upToFrom = track(plan, from, null);
        Map<String, Tracked> upToTo = track(plan, to, null);
        List<TargetRevision> out = new ArrayList<>();
        for (Map.Entry<String, Tracked> e : upToTo.entrySet()) {
            Tracked then = upToFrom.get(e.getKey());
            Tracked now = e.getValue();
            if (then != null && !then.latest.equals(now.latest)) {
                out.add(now.revision(then.latest));
            }
        }
        return out;
    }

    /**
     * The progress of one indicator with {@code targetRevisions}: each of its targets that release
     * {@code upTo} shows revised from the value first released.
     */
    JsonNode withRevisions(JsonNode progress, UUID plan, UUID indicator, int upTo) {
        ObjectNode out = ((ObjectNode) progress).deepCopy();
        List<TargetRevision> list = new ArrayList<>();
        for (Tracked t : track(plan, upTo, indicator.toString()).values()) {
            if (!t.original.equals(t.latest)) {
                list.add(t.revision(t.original));
            }
        }
        out.set("targetRevisions", mapper.valueToTree(list));
        return out;
    }

    /** One target across releases: as first released, and as last released (with where it changed). */
    private static final class Tracked {
        final UUID indicator;
        final String name;
        final int fiscalYear;
        final TargetRevision.Figure original;
        TargetRevision.Figure latest;

        Tracked(UUID indicator, String name, int fiscalYear, TargetRevision.Figure first) {
            this.indicator = indicator;
            this.name = name;
            this.fiscalYear = fiscalYear;
            this.original = first;
            this.latest = first;
        }

        void seen(TargetRevision.Figure f) {
            if (!same(latest, f)) {
                latest = f;
            }
        }

        TargetRevision revision(TargetRevision.Figure from) {
            return new TargetRevision(indicator, name, fiscalYear, FiscalYear.of(fiscalYear).label(), from, latest);
        }
    }

    private static boolean same(TargetRevision.Figure a, TargetRevision.Figure b) {
        boolean sameValue = a.value() == null ? b.value() == null
                : b.value() != null && a.value().compareTo(b.value()) == 0;
        return sameValue && Objects.equals(a.text(), b.text());
    }

    /** Every target in releases 1..upTo (of one indicator, or of all when null). */
    private Map<String, Tracked> track(UUID plan, int upTo, String onlyIndicator) {
        Map<String, Tracked> targets = new LinkedHashMap<>();
        for (int seq = 1; seq <= upTo; seq++) {
            ReleaseService.Stored stored = releases.get(plan, seq);
            if (stored == null) {
                continue;
            }
            JsonNode doc;
            try {
                doc = mapper.readTree(stored.document());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (JsonNode i : doc.path("indicators")) {
                String id = i.path("id").asText();
                if (onlyIndicator != null && !onlyIndicator.equals(id)) {
                    continue;
                }
                for (JsonNode v : i.path("values")) {
                    if (!"TARGET".equals(v.path("kind").asText())) {
                        continue;
                    }
                    int fy = v.path("fiscalYear").asInt();
                    TargetRevision.Figure f = new TargetRevision.Figure(
                            v.path("value").isNumber() ? v.path("value").decimalValue() : null,
                            v.path("text").isTextual() ? v.path("text").asText() : null, seq);
                    String key = id + "/" + fy;
                    Tracked t = targets.get(key);
                    if (t == null) {
                        targets.put(key, new Tracked(UUID.fromString(id), i.path("displayName").asText(i.path("name").asText()),
                                fy, f));
                    } else {
                        t.seen(f);
                    }
                }
            }
        }
        return targets;
    }
}
