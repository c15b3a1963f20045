package jp.industryplans.indicator;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import jp.industryplans.audit.WriteContext;
import jp.industryplans.initiative.InitiativeKind;

/**
 * 表示名 — the name of an indicator a person can read alone, where the sheet's own name says
 * little (「支援」, 「助成」) or repeats across sheets (「ビジネス交流フェスタ」):
 * {@code <project or measure> › <name>（<first>～<last>年度）}, e.g.
 * 「台東デザイナーズビレッジの運営 › 支援（2019～2020年度）」. Stored on the indicator, so that it is
 * searchable, and recomputed whenever the texts it is made of change.
 */
@ApplicationScoped
public class IndicatorNames {

    static final String SEPARATOR = " › ";

    private final EntityManager em;
    private final WriteContext writes;

    IndicatorNames(EntityManager em, WriteContext writes) {
        this.em = em;
        this.writes = writes;
    }

    /**
     * @param planTitle   the plan's title (the context of an indicator on the plan itself)
     * @param ownerKind   the kind of the initiative the indicator is on, or null
     * @param ownerTitle  that initiative's title
     * @param parentTitle the title of that initiative's parent, or null
     */
    static String of(String name, String planTitle, int periodStart, int periodEnd, InitiativeKind ownerKind,
                     String ownerTitle, String parentTitle) {
        // An activity or action (「支援」) is named after the project or measure it belongs to.
        String context = ownerKind == null ? planTitle
                : (ownerKind == InitiativeKind.ACTIVITY || ownerKind == InitiativeKind.ACTION) && parentTitle != null
                ? parentTitle : ownerTitle;
        String years = periodStart == periodEnd ? periodStart + "年度" : periodStart + "～" + periodEnd + "年度";
        return (context == null || context.equals(name) ? name : context + SEPARATOR + name) + "（" + years + "）";
    }

    /** Names one indicator (being created or changed) from its plan and the initiative it is on. */
    public void assign(Indicator i) {
        Object[] plan = em.createQuery("select p.title, p.periodStart, p.periodEnd from Plan p where p.id = :id",
                Object[].class).setParameter("id", i.planId).getSingleResult();
        Object[] owner = i.initiativeId == null ? new Object[3]
                : em.createQuery("select n.kind, n.title, parent.title from Initiative n"
                                + " left join Initiative parent on parent.id = n.parentId where n.id = :id", Object[].class)
                        .setParameter("id", i.initiativeId).getSingleResult();
        set(i, of(i.name, (String) plan[0], (Integer) plan[1], (Integer) plan[2], (InitiativeKind) owner[0],
                (String) owner[1], (String) owner[2]));
    }

    /** Renames every indicator of a plan whose name changed: after the plan's or an initiative's texts changed. */
    public void refreshPlan(UUID planId) {
        em.flush();
        List<Object[]> rows = em.createQuery("select i, p.title, p.periodStart, p.periodEnd, n.kind, n.title,"
                + " parent.title from Indicator i join Plan p on p.id = i.planId"
                + " left join Initiative n on n.id = i.initiativeId left join Initiative parent on parent.id = n.parentId"
                + " where i.planId = :plan", Object[].class).setParameter("plan", planId).getResultList();
        for (Object[] r : rows) {
            Indicator i = (Indicator) r[0];
            set(i, of(i.name, (String) r[1], (Integer) r[2], (Integer) r[3], (InitiativeKind) r[4], (String) r[5],
                    (String) r[6]));
        }
    }

    private static void set(Indicator i, String displayName) {
        if (!Objects.equals(i.displayName, displayName)) {
            i.displayName = displayName;
            i.searchText = IndicatorService.searchText(i);
            i.updatedAt = OffsetDateTime.now();
        }
    }

    void onStart(@Observes StartupEvent event) {
        nameTheUnnamed();
    }

    /**
     * Names the indicators stored without a display name: those from before it existed (schema V6)
     * and any written by an older replica during a rolling update. Replicas starting together take
     * the writers' lock in turn, and the later ones find nothing left to do.
     */
    @Transactional
    void nameTheUnnamed() {
        String unnamed = "select distinct i.planId from Indicator i where i.displayName is null";
        if (em.createQuery(unnamed, UUID.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        writes.begin();
        em.createQuery(unnamed, UUID.class).getResultList().forEach(this::refreshPlan);
    }
}
