package jp.industryplans.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import jp.industryplans.common.FiscalYear;
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
     * @param fiscalYear   only plans whose period includes this year; indicator status then counts
     *                     only actuals up to that year ("how it stood in 令和3年度")
     */
    public DashboardSummary summary(String municipality, Integer fiscalYear) {
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
        List<Object[]> planRows = query("select p.id, p.municipalityCode, m.name from Plan p, Municipality m"
                + where + " and m.code = p.municipalityCode order by p.municipalityCode", params);
        Map<UUID, String> planMunicipality = new HashMap<>();
        Map<String, Tally> byCode = new TreeMap<>();
        for (Object[] r : planRows) {
            planMunicipality.put((UUID) r[0], (String) r[1]);
            byCode.computeIfAbsent((String) r[1], c -> new Tally((String) r[2])).plans++;
        }
        Tally total = new Tally(null);
        total.plans = planRows.size();
        if (!planRows.isEmpty()) {
            for (Object[] r : query("select i.planId, count(i) from Initiative i, Plan p" + where
                    + " and p.id = i.planId group by i.planId", params)) {
                int n = ((Number) r[1]).intValue();
                byCode.get(planMunicipality.get((UUID) r[0])).initiatives += n;
                total.initiatives += n;
            }
            List<Object[]> statuses = fiscalYear == null
                    // Today's statuses are stored on each indicator: a GROUP BY, even at national scale.
                    ? query("select p.municipalityCode, i.progressStatus, count(i) from Indicator i, Plan p" + where
                            + " and p.id = i.planId group by p.municipalityCode, i.progressStatus", params)
                    // As it stood in a given year: judged in the database, actuals up to that year.
                    : asOf(municipality, fiscalYear);
            for (Object[] r : statuses) {
                ProgressStatus status = r[1] instanceof ProgressStatus s ? s : ProgressStatus.valueOf((String) r[1]);
                int n = ((Number) r[2]).intValue();
                byCode.get((String) r[0]).count(status, n);
                total.count(status, n);
            }
        }
        List<DashboardSummary.MunicipalitySummary> rows = byCode.entrySet().stream()
                .map(e -> new DashboardSummary.MunicipalitySummary(e.getKey(), e.getValue().name, e.getValue().plans,
                        e.getValue().initiatives, e.getValue().indicators, e.getValue().statusCounts()))
                .toList();
        return new DashboardSummary(municipality, fiscalYear,
                fiscalYear == null ? null : FiscalYear.of(fiscalYear).label(), total.plans, total.initiatives,
                total.indicators, total.statusCounts(), rows);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> asOf(String municipality, int fiscalYear) {
        return em.createNativeQuery("SELECT code, status, count(*) FROM (" + STATUS_SQL + ") judged GROUP BY 1, 2")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("municipality", municipality, String.class)
                .setParameter("fy", fiscalYear, Integer.class)
                .setParameter("onTrackAt", ProgressRules.STANDARD.onTrackAt(), java.math.BigDecimal.class)
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
        return typed(hql, Object[].class, params);
    }

    private <T> List<T> typed(String hql, Class<T> type, Map<String, Object> params) {
        var q = em.createQuery(hql, type).setHint("org.hibernate.readOnly", true);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    private static final class Tally {
        final String name;
        int plans;
        int initiatives;
        int indicators;
        final int[] statuses = new int[ProgressStatus.values().length];

        Tally(String name) {
            this.name = name;
        }

        void count(ProgressStatus status, int n) {
            indicators += n;
            statuses[status.ordinal()] += n;
        }

        DashboardSummary.StatusCounts statusCounts() {
            return new DashboardSummary.StatusCounts(statuses[ProgressStatus.ACHIEVED.ordinal()],
                    statuses[ProgressStatus.ON_TRACK.ordinal()], statuses[ProgressStatus.BEHIND.ordinal()],
                    statuses[ProgressStatus.NO_DATA.ordinal()]);
        }
    }
}
