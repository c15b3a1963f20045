package jp.industryplans.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.ReadRows;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

    /**
     * The key path of the initiative of this plan that is to own a record ("" for none), or a
     * 400 naming {@code field} when it does not exist or belongs to another plan.
     */
    public String pathInPlan(UUID planId, UUID initiativeId, String field) {
        if (initiativeId == null) {
            return "";
        }
        Initiative owner = findByIdOptional(initiativeId)
                .orElseThrow(() -> ApiException.invalid(field, "no initiative has this id"));
        if (!owner.planId.equals(planId)) {
            throw ApiException.invalid(field, "the initiative belongs to another plan");
        }
        return owner.naturalKey;
    }

    public List<Initiative> listByPlan(UUID planId) {
        return list("planId = ?1 order by sortOrder, naturalKey", planId);
    }

    /**
     * A plan's initiatives for reading only (its detail), in the order of {@link #listByPlan}: one
     * statement, detached objects holding the columns the answer shows ({@link ReadRows}).
     */
    public List<Initiative> readByPlan(UUID planId) {
        List<Object[]> rows = ReadRows.of(getEntityManager(), READ_BY_PLAN, planId,
                UUID.class, UUID.class, String.class, String.class,
                String.class, String.class, String.class,
                String.class, String.class, Boolean.class,
                String.class, String.class, Integer.class,
                String.class, String.class);
        List<Initiative> read = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Initiative i = new Initiative();
            i.id = (UUID) r[0];
            i.planId = planId;
            i.parentId = (UUID) r[1];
            i.naturalKey = (String) r[2];
            i.kind = ReadRows.constant(InitiativeKind.class, r[3]);
            i.label = (String) r[4];
            i.title = (String) r[5];
            i.description = (String) r[6];
            i.owningDepartment = (String) r[7];
            i.owningSection = (String) r[8];
            i.repost = (Boolean) r[9];
            i.themes = ReadRows.json(r[10], ReadRows.TEXTS);
            i.note = (String) r[11];
            i.sortOrder = (Integer) r[12];
            i.sourceDocument = (String) r[13];
            i.sourceQuote = (String) r[14];
            read.add(i);
        }
        return read;
    }

    private static final String READ_BY_PLAN = "select id, parent_id, natural_key, kind, label, title, description,"
            + " owning_department, owning_section, repost, themes::text as themes, note, sort_order, source_document,"
            + " source_quote from initiative where plan_id = ? order by sort_order, natural_key";
}
