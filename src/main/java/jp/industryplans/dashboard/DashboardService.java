package jp.industryplans.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.indicator.Indicator;
import jp.industryplans.indicator.IndicatorDto;
import jp.industryplans.indicator.IndicatorValue;
import jp.industryplans.indicator.ProgressStatus;
import jp.industryplans.indicator.ValueKind;

/** 集計 — dashboard roll-ups, in a fixed number of statements whatever the data holds. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

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
            Map<UUID, List<IndicatorValue>> values = new HashMap<>();
            for (IndicatorValue v : typed("select v from IndicatorValue v, Indicator i, Plan p" + where
                    + " and i.id = v.id.indicatorId and p.id = i.planId", IndicatorValue.class, params)) {
                if (fiscalYear == null || v.id.kind() == ValueKind.TARGET || v.id.fiscalYear() <= fiscalYear) {
                    values.computeIfAbsent(v.id.indicatorId(), k -> new ArrayList<>()).add(v);
                }
            }
            for (Indicator i : typed("select i from Indicator i, Plan p" + where + " and p.id = i.planId",
                    Indicator.class, params)) {
                ProgressStatus status = IndicatorDto.progress(i, values.getOrDefault(i.id, List.of())).status();
                Tally t = byCode.get(planMunicipality.get(i.planId));
                t.count(status);
                total.count(status);
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

        void count(ProgressStatus status) {
            indicators++;
            statuses[status.ordinal()]++;
        }

        DashboardSummary.StatusCounts statusCounts() {
            return new DashboardSummary.StatusCounts(statuses[ProgressStatus.ACHIEVED.ordinal()],
                    statuses[ProgressStatus.ON_TRACK.ordinal()], statuses[ProgressStatus.BEHIND.ordinal()],
                    statuses[ProgressStatus.NO_DATA.ordinal()]);
        }
    }
}
