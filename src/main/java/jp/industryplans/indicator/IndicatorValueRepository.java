package jp.industryplans.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepositoryBase<IndicatorValue, IndicatorValue.Key> {

    private static final String ORDER = " order by id.fiscalYear, id.kind";

    public List<IndicatorValue> listByIndicator(UUID indicatorId) {
        return list("id.indicatorId = ?1" + ORDER, indicatorId);
    }

    public List<IndicatorValue> listByPlan(UUID planId) {
        return list("id.indicatorId in (select i.id from Indicator i where i.planId = ?1)" + ORDER, planId);
    }

    /** The values of many indicators in one statement, grouped by indicator. */
    public Map<UUID, List<IndicatorValue>> byIndicators(Collection<UUID> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return list("id.indicatorId in ?1" + ORDER, indicatorIds).stream()
                .collect(Collectors.groupingBy(v -> v.id.indicatorId()));
    }
}
