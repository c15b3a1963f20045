package jp.industryplans.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.ReadRows;

/**
 * 計画の系譜 — the editions (版) of a plan: each plan may name the plan it succeeds (前の版,
 * {@code predecessor_id}), and is then that plan's successor (次の版). In the working state a
 * plan has at most one successor and no chain comes back to where it started; the released
 * state holds each plan as of its own latest release, so there two released plans may name the
 * same predecessor (a link moved between their releases), or a chain may loop. Every query here
 * reads table {@code plan} unqualified: a caller who reads released content reads the released
 * lineage (see {@code ReleasedSearchPath}), and the walks stop at a plan they have seen.
 */
@ApplicationScoped
public class PlanLineages {

    /** Plans of the lineage of :plan, oldest edition first: walk up to the first edition, then down. */
    private static final String LINEAGE = """
            WITH RECURSIVE up (id, pred, depth) AS (
                SELECT id, predecessor_id, 0 FROM plan WHERE id = :plan
              UNION ALL
                SELECT p.id, p.predecessor_id, u.depth + 1 FROM up u JOIN plan p ON p.id = u.pred
            ) CYCLE id SET looped USING trail,
            root AS (SELECT id FROM up WHERE NOT looped ORDER BY depth DESC LIMIT 1),
            down (id, depth) AS (
                SELECT id, 0 FROM root
              UNION ALL
                SELECT p.id, d.depth + 1 FROM down d JOIN plan p ON p.predecessor_id = d.id
            ) CYCLE id SET looped USING trail
            SELECT d.id FROM down d JOIN plan p ON p.id = d.id WHERE NOT d.looped
            ORDER BY d.depth, p.period_start, d.id""";

    /** Plans :plan succeeds, directly or through earlier editions. */
    private static final String EARLIER = """
            WITH RECURSIVE up (id, pred) AS (
                SELECT id, predecessor_id FROM plan WHERE id = :plan
              UNION ALL
                SELECT p.id, p.predecessor_id FROM up u JOIN plan p ON p.id = u.pred
            ) CYCLE id SET looped USING trail
            SELECT id FROM up WHERE NOT looped""";

    private final EntityManager em;
    private final PlanRepository plans;

    PlanLineages(EntityManager em, PlanRepository plans) {
        this.em = em;
        this.plans = plans;
    }

    /**
     * The lineage of a plan, itself included: its first edition, then each successor in turn
     * (where the released state has two successors of one plan, the earlier period first, then
     * by id). Empty when no plan has this id.
     */
    public List<UUID> of(UUID plan) {
        return em.createNativeQuery(LINEAGE, UUID.class).setParameter("plan", plan).getResultList()
                .stream().map(UUID.class::cast).toList();
    }

    /**
     * The successor of a plan (the plan naming it as predecessor), or null; as {@link #successors}
     * chooses. One plain statement ({@link ReadRows}): a query with an IN list is translated again
     * on every call, which was a tenth of an uncached detail's CPU.
     */
    public UUID successor(UUID plan) {
        List<Object[]> rows = ReadRows.of(em, SUCCESSOR, plan, UUID.class);
        return rows.isEmpty() ? null : (UUID) rows.get(0)[0];
    }

    private static final String SUCCESSOR = "select id from plan where predecessor_id = ?"
            + " order by period_start desc, id desc limit 1";

    /**
     * The successors of the plans, by plan; plans without one are absent. Where two plans name
     * the same predecessor (the released state only), the later edition (later period, then
     * greater id) is its successor.
     */
    public Map<UUID, UUID> successors(Collection<UUID> ids) {
        Map<UUID, UUID> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select p.predecessorId, p.id from Plan p where p.predecessorId in :ids"
                        + " order by p.periodStart desc, p.id desc", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            out.putIfAbsent((UUID) r[0], (UUID) r[1]);
        }
        return out;
    }

    /**
     * The successor a plan has in the released state (公表版), whoever asks, or null; as
     * {@link #successors} chooses.
     */
    public UUID releasedSuccessor(UUID plan) {
        List<?> rows = em.createNativeQuery("SELECT id FROM released.plan WHERE predecessor_id = :p"
                + " ORDER BY period_start DESC, id DESC LIMIT 1", UUID.class).setParameter("p", plan).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    /**
     * Refuses a predecessor that {@code self} cannot have: itself, a plan that does not exist, a
     * later edition of {@code self} (a loop), or a plan that already has another successor.
     *
     * @throws ApiException 400 for itself or an unknown plan, 409 for a loop or a taken predecessor
     */
    public void checkPredecessor(UUID self, UUID predecessor) {
        if (predecessor == null) {
            return;
        }
        if (predecessor.equals(self)) {
            throw ApiException.invalid("predecessorId", "a plan cannot succeed itself");
        }
        Plan named = plans.findByIdOptional(predecessor)
                .orElseThrow(() -> ApiException.invalid("predecessorId", "no plan has this id"));
        List<?> earlier = em.createNativeQuery(EARLIER, UUID.class).setParameter("plan", predecessor).getResultList();
        if (earlier.contains(self)) {
            throw conflict("Plan " + named.id + " (" + named.title + ") is a later edition of this plan; succeeding it"
                    + " would make the lineage a loop.", "is a later edition of this plan (a loop)");
        }
        UUID taken = successors(List.of(named.id)).get(named.id);
        if (taken != null && !taken.equals(self)) {
            throw conflict("Plan " + named.id + " (" + named.title + ") already has a successor, plan " + taken
                    + "; a plan has at most one. Unlink that one first (its predecessorId: null).",
                    "already the predecessor of plan " + taken);
        }
    }

    private static ApiException conflict(String detail, String reason) {
        return new ApiException(409, "conflict", "Conflict with stored data", detail,
                List.of(new FieldError("predecessorId", reason)));
    }
}
