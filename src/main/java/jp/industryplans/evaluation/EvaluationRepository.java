package jp.industryplans.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    public List<Evaluation> listByPlan(UUID planId) {
        return list("planId = ?1 order by periodStart, naturalKey", planId);
    }
}
