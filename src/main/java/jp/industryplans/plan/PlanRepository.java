package jp.industryplans.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    public Optional<Plan> findByKey(String key) {
        return find("naturalKey", key).firstResultOptional();
    }
}
