package jp.industryplans.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.industryplans.common.ApiException;

/** 公表版の差分 — compares two releases of a plan record by record and field by field. */
@ApplicationScoped
public class ReleaseDiffs {

    private final ReleaseService releases;
    private final TargetRevisions revisions;
    private final ObjectMapper mapper;

    ReleaseDiffs(ReleaseService releases, TargetRevisions revisions, ObjectMapper mapper) {
        this.releases = releases;
        this.revisions = revisions;
        this.mapper = mapper;
    }

    /**
     * @param from the earlier release, 0 for none
     * @throws ApiException 400 when {@code from} is not before {@code to}, 404 for a missing release
     */
    public ReleaseDiff diff(UUID plan, int from, int to) {
        if (from >= to) {
            throw ApiException.invalid("from", "must be an earlier release than " + to);
        }
        JsonNode after = document(plan, to);
        JsonNode before = from == 0 ? null : document(plan, from);
        Map<String, ReleaseDocuments.Item> old = ReleaseDocuments.records(before);
        Map<String, ReleaseDocuments.Item> now = ReleaseDocuments.records(after);
        List<ReleaseDiff.Entry> added = new ArrayList<>();
        List<ReleaseDiff.Entry> removed = new ArrayList<>();
        List<ReleaseDiff.Change> changed = new ArrayList<>();
        for (Map.Entry<String, ReleaseDocuments.Item> e : now.entrySet()) {
            ReleaseDocuments.Item was = old.get(e.getKey());
            ReleaseDocuments.Item is = e.getValue();
            if (was == null) {
                added.add(new ReleaseDiff.Entry(is.resource(), is.id(), is.name()));
            } else {
                List<ReleaseDiff.Field> fields = fields(was.fields(), is.fields());
                if (!fields.isEmpty()) {
                    changed.add(new ReleaseDiff.Change(is.resource(), is.id(), is.name(), fields));
                }
            }
        }
        for (Map.Entry<String, ReleaseDocuments.Item> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                ReleaseDocuments.Item was = e.getValue();
                removed.add(new ReleaseDiff.Entry(was.resource(), was.id(), was.name()));
            }
        }
        List<TargetRevision> revised = from == 0 ? List.of() : revisions.between(plan, from, to);
        return new ReleaseDiff(plan, from, to, added, removed, changed, revised);
    }

    private static List<ReleaseDiff.Field> fields(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<ReleaseDiff.Field> out = new ArrayList<>();
        for (String name : names) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            if (b == null ? a != null : !b.equals(a)) {
                out.add(new ReleaseDiff.Field(name, b, a));
            }
        }
        return out;
    }

    private JsonNode document(UUID plan, int seq) {
        ReleaseService.Stored stored = releases.get(plan, seq);
        if (stored == null) {
            throw ApiException.notFound("Release", plan + "/" + seq);
        }
        try {
            return mapper.readTree(stored.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
