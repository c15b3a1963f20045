package jp.industryplans.initiative;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.JsonNames;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 取組 — an initiative as the API shows it. {@code children} is present only inside a
 * plan's tree ({@code GET /plans/{id}}).
 */
@Schema(name = "Initiative")
public record InitiativeDto(
        UUID id, String key, UUID planId, UUID parentId, InitiativeKind kind, String label, String title,
        String description, String owningDepartment, String owningSection, boolean repost,
        List<String> themes, String note, int sortOrder, Source source,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<InitiativeDto> children) implements JsonFields.Writable {

    @Override
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonFields.id(g, JsonNames.ID, id);
        JsonFields.text(g, JsonNames.KEY, key);
        JsonFields.id(g, JsonNames.PLAN_ID, planId);
        JsonFields.id(g, JsonNames.PARENT_ID, parentId);
        JsonFields.constant(g, JsonNames.KIND, kind);
        JsonFields.text(g, JsonNames.LABEL, label);
        JsonFields.text(g, JsonNames.TITLE, title);
        JsonFields.text(g, JsonNames.DESCRIPTION, description);
        JsonFields.text(g, JsonNames.OWNING_DEPARTMENT, owningDepartment);
        JsonFields.text(g, JsonNames.OWNING_SECTION, owningSection);
        JsonFields.bool(g, JsonNames.REPOST, repost);
        JsonFields.texts(g, JsonNames.THEMES, themes);
        JsonFields.text(g, JsonNames.NOTE, note);
        JsonFields.number(g, JsonNames.SORT_ORDER, sortOrder);
        JsonFields.object(g, JsonNames.SOURCE, source);
        if (children != null) {
            JsonFields.objects(g, JsonNames.CHILDREN, children);
        }
        g.writeEndObject();
    }

    public static InitiativeDto of(Initiative i, List<InitiativeDto> children) {
        return new InitiativeDto(i.id, i.key(), i.planId, i.parentId, i.kind, i.label, i.title, i.description,
                i.owningDepartment, i.owningSection, i.repost, List.copyOf(i.themes), i.note, i.sortOrder,
                i.source(), children);
    }

    /** Builds the forest of a plan's initiatives, children in their sort order. */
    public static List<InitiativeDto> tree(List<Initiative> all) {
        java.util.Map<UUID, List<Initiative>> byParent = new java.util.HashMap<>();
        for (Initiative i : all) {
            byParent.computeIfAbsent(i.parentId, k -> new java.util.ArrayList<>()).add(i);
        }
        return subtree(null, byParent);
    }

    private static List<InitiativeDto> subtree(UUID parent, java.util.Map<UUID, List<Initiative>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(i -> of(i, subtree(i.id, byParent)))
                .toList();
    }
}
