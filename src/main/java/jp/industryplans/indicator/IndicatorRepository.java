package jp.industryplans.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.ReadRows;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    public List<Indicator> listByPlan(UUID planId) {
        return list("planId = ?1 order by sortOrder, naturalKey", planId);
    }

    /**
     * A plan's indicators for reading only (its detail), in the order of {@link #listByPlan}: one
     * statement, detached objects holding the columns the answer shows ({@link ReadRows}).
     */
    public List<Indicator> readByPlan(UUID planId) {
        List<Object[]> rows = ReadRows.of(getEntityManager(), READ_BY_PLAN, planId,
                UUID.class, UUID.class, String.class, String.class,
                String.class, String.class, String.class,
                String.class, String.class, String.class,
                Integer.class, BigDecimal.class,
                String.class, String.class,
                Boolean.class, String.class, String.class,
                Integer.class, String.class, String.class);
        List<Indicator> read = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Indicator i = new Indicator();
            i.id = (UUID) r[0];
            i.planId = planId;
            i.initiativeId = (UUID) r[1];
            i.naturalKey = (String) r[2];
            i.name = (String) r[3];
            i.displayName = (String) r[4];
            i.unit = (String) r[5];
            i.role = ReadRows.constant(IndicatorRole.class, r[6]);
            i.countingMode = ReadRows.constant(CountingMode.class, r[7]);
            i.cumulative = i.countingMode == CountingMode.RUNNING_TOTAL;
            i.direction = ReadRows.constant(Direction.class, r[8]);
            i.plannedVolume = (String) r[9];
            i.baselineFiscalYear = (Integer) r[10];
            i.baselineValue = (BigDecimal) r[11];
            i.baselineText = (String) r[12];
            i.baselineLabel = (String) r[13];
            i.baselineFiscalYearInferred = (Boolean) r[14];
            i.dataSource = (String) r[15];
            i.note = (String) r[16];
            i.sortOrder = (Integer) r[17];
            i.sourceDocument = (String) r[18];
            i.sourceQuote = (String) r[19];
            read.add(i);
        }
        return read;
    }

    private static final String READ_BY_PLAN = "select id, initiative_id, natural_key, name, display_name, unit, role,"
            + " counting_mode, direction, planned_volume, baseline_fiscal_year, baseline_value, baseline_text,"
            + " baseline_label, baseline_fiscal_year_inferred, data_source, note, sort_order, source_document,"
            + " source_quote from indicator where plan_id = ? order by sort_order, natural_key";
}
