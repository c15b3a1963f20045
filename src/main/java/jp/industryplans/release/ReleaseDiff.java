package jp.industryplans.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 公表版の差分 — what release {@code to} added, removed and changed against release {@code from}
 * (0: nothing, so release 1 adds everything), record by record and field by field, and each
 * target it revised (当初目標 → 改定目標).
 */
@Schema(name = "ReleaseDiff")
public record ReleaseDiff(UUID planId, int from, int to, List<Entry> added, List<Entry> removed, List<Change> changed,
                          List<TargetRevision> targetRevisions) {

    /** A record: plan, initiative, indicator, indicator_value (id indicatorId/fiscalYear/kind) or evaluation. */
    @Schema(name = "ReleaseDiffEntry")
    public record Entry(String resource, String id, String name) {
    }

    /** A record present in both, with the fields whose values differ. */
    @Schema(name = "ReleaseDiffChange")
    public record Change(String resource, String id, String name, List<Field> fields) {
    }

    /** One field: its value before and after (null when absent). */
    @Schema(name = "ReleaseDiffField")
    public record Field(String field, JsonNode before, JsonNode after) {
    }
}
