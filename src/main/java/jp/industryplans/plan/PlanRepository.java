package jp.industryplans.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import jp.industryplans.common.ApiException;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The plan a new record is to belong to, or a 400 naming {@code planId}. */
    public Plan requireForWrite(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ApiException.invalid("planId", "no plan has this id"));
    }

    public Optional<Plan> findByKey(String key) {
        return find("naturalKey", key).firstResultOptional();
    }
}
