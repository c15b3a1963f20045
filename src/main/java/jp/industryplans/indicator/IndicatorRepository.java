package jp.industryplans.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    public List<Indicator> listByPlan(UUID planId) {
        return list("planId = ?1 order by sortOrder, naturalKey", planId);
    }
}
