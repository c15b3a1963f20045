package jp.industryplans.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.indicator.ProgressBasis;
import jp.industryplans.indicator.ProgressRules;
import jp.industryplans.indicator.ProgressStatus;

/** 集計 — dashboard roll-ups, in a fixed number of statements whatever the data holds. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    private static final String STATUS_SQL = resource("/sql/indicator-status.sql");

    private final EntityManager em;

    DashboardService(EntityManager em) {
        this.em = em;
    }

    /**
     * @param municipality only this municipality's plans, or all
     * @param requested    only plans whose period includes this year, with indicator status as it
     *                     stood then (figures up to that year: "how it stood in 令和3年度"); without
     *                     it, the plans in force in the latest fiscal year with a confirmed actual,
     *                     with each indicator's current status
     */
    public DashboardSummary summary(String municipality, Integer requested) {
        Integer fiscalYear = requested != null ? requested : latestActualYear(municipality);
        FiscalYearSource source = requested != null ? FiscalYearSource.REQUESTED
                : fiscalYear != null ? FiscalYearSource.LATEST_ACTUAL : FiscalYearSource.ALL_PLANS;
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (municipality != null) {
            where.append(" and p.municipalityCode = :municipality");
            params.put("municipality", municipality);
        }
        if (fiscalYear != null) {
            where.append(" and p.periodStart <= :fy and p.periodEnd >= :fy");
            params.put("fy", fiscalYear);
        }
        List<Object[]> planRows = query("select p.id, p.municipalityCode, m.name, p.periodStart, p.periodEnd"
                + " from Plan p, Municipality m" + where + " and m.code = p.municipalityCode"
                + " order by p.municipalityCode", params);
        Map<UUID, String> planMunicipality = new HashMap<>();
        SummaryTally tally = new SummaryTally();
        for (Object[] r : planRows) {
            planMunicipality.put((UUID) r[0], (String) r[1]);
            tally.plan((String) r[1], (String) r[2], (Integer) r[3], (Integer) r[4]);
        }
        if (!planRows.isEmpty()) {
            for (Object[] r : query("select i.planId, count(i) from Initiative i, Plan p" + where
                    + " and p.id = i.planId group by i.planId", params)) {
                tally.initiatives(planMunicipality.get((UUID) r[0]), ((Number) r[1]).intValue());
            }
            List<Object[]> statuses = requested == null
                    // Current statuses are stored on each indicator: a GROUP BY, even at national scale.
                    ? query("select p.municipalityCode, i.progressStatus, i.progressBasis, count(i)"
                            + " from Indicator i, Plan p" + where + " and p.id = i.planId"
                            + " group by p.municipalityCode, i.progressStatus, i.progressBasis", params)
                    // As it stood in the year asked for: judged in the database, figures up to that year.
                    : asOf(municipality, requested);
            for (Object[] r : statuses) {
                ProgressStatus status = r[1] instanceof ProgressStatus s ? s : ProgressStatus.valueOf((String) r[1]);
                ProgressBasis basis = r[2] == null || r[2] instanceof ProgressBasis ? (ProgressBasis) r[2]
                        : ProgressBasis.valueOf((String) r[2]);
                tally.indicators((String) r[0], status, basis, ((Number) r[3]).intValue());
            }
        }
        return tally.summary(municipality, fiscalYear, source, null);
    }

    /** The latest fiscal year with a confirmed actual (実績, a number or words) in scope, or null. */
    private Integer latestActualYear(String municipality) {
        String actual = "v.kind = 'ACTUAL' AND (v.value IS NOT NULL OR v.qualitative IS NOT NULL)";
        // Without a municipality the partial index answers max() at once; with one, the joins are small.
        var q = municipality == null
                ? em.createNativeQuery("SELECT max(v.fiscal_year) FROM indicator_value v WHERE " + actual)
                : em.createNativeQuery("SELECT max(v.fiscal_year) FROM indicator_value v"
                        + " JOIN indicator i ON i.id = v.indicator_id JOIN plan p ON p.id = i.plan_id"
                        + " WHERE " + actual + " AND p.municipality_code = :municipality")
                .setParameter("municipality", municipality);
        Object year = q.getSingleResult();
        return year == null ? null : ((Number) year).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> asOf(String municipality, int fiscalYear) {
        return em.createNativeQuery("SELECT code, status, basis, count(*) FROM (" + STATUS_SQL + ") judged"
                        + " GROUP BY 1, 2, 3")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("municipality", municipality, String.class)
                .setParameter("fy", fiscalYear, Integer.class)
                .setParameter("achievedAt", ProgressRules.STANDARD.achievedAt(), BigDecimal.class)
                .setParameter("onTrackAt", ProgressRules.STANDARD.onTrackAt(), BigDecimal.class)
                .setParameter("rateDecimals", ProgressRules.STANDARD.rateDecimals(), Integer.class)
                .getResultList();
    }

    private static String resource(String name) {
        try (var in = DashboardService.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("Missing resource " + name, e);
        }
    }

    private List<Object[]> query(String hql, Map<String, Object> params) {
        var q = em.createQuery(hql, Object[].class).setHint("org.hibernate.readOnly", true);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
