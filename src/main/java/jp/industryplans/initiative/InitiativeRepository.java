package jp.industryplans.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.ApiException;

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
}
