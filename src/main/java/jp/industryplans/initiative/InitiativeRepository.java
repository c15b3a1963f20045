package jp.industryplans.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

    public List<Initiative> listByPlan(UUID planId) {
        return list("planId = ?1 order by sortOrder, naturalKey", planId);
    }
}
