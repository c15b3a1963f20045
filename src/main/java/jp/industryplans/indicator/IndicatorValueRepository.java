package jp.industryplans.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.industryplans.common.ReadRows;

@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepositoryBase<IndicatorValue, IndicatorValue.Key> {

    private static final String ORDER = " order by id.fiscalYear, id.kind";

    public List<IndicatorValue> listByIndicator(UUID indicatorId) {
        return list("id.indicatorId = ?1" + ORDER, indicatorId);
    }

    public List<IndicatorValue> listByPlan(UUID planId) {
        return list("id.indicatorId in (select i.id from Indicator i where i.planId = ?1)" + ORDER, planId);
    }

    /**
     * The values of a plan's indicators for reading only (a plan's detail): one statement, in the
     * order of {@link #listByPlan}, as detached objects built straight from the columns the answer
     * shows ({@link ReadRows}). A plan holds hundreds of values, and loading them as managed entities
     * (persistence context entries, state snapshots, timestamps parsed) was the largest cost of an
     * uncached detail; nothing read here is ever written back.
     */
    public List<IndicatorValue> readByPlan(UUID planId) {
        List<Object[]> rows = ReadRows.of(getEntityManager(), READ_BY_PLAN, planId, UUID.class, Integer.class,
                String.class, BigDecimal.class, String.class, String.class, String.class, String.class, Boolean.class,
                String.class, String.class);
        List<IndicatorValue> values = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            IndicatorValue v = new IndicatorValue();
            v.id = new IndicatorValue.Key((UUID) r[0], (Integer) r[1], ValueKind.valueOf((String) r[2]));
            // As callers see it (IndicatorDto.plain), once: the detail and its progress both read it.
            v.value = r[3] == null ? null : ((BigDecimal) r[3]).stripTrailingZeros();
            v.qualitative = r[4] == null ? null : QualitativeValue.valueOf((String) r[4]);
            v.text = (String) r[5];
            v.missingReason = r[6] == null ? null : MissingReason.valueOf((String) r[6]);
            v.note = (String) r[7];
            v.fiscalYearInferred = (Boolean) r[8];
            v.sourceDocument = (String) r[9];
            v.sourceQuote = (String) r[10];
            values.add(v);
        }
        return values;
    }

    private static final String READ_BY_PLAN = "select indicator_id, fiscal_year, kind, value, qualitative, text,"
            + " missing_reason, note, fiscal_year_inferred, source_document, source_quote from indicator_value"
            + " where indicator_id in (select id from indicator where plan_id = ?) order by fiscal_year, kind";

    /** The values of many indicators in one statement, grouped by indicator. */
    public Map<UUID, List<IndicatorValue>> byIndicators(Collection<UUID> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return list("id.indicatorId in ?1" + ORDER, indicatorIds).stream()
                .collect(Collectors.groupingBy(v -> v.id.indicatorId()));
    }
}
