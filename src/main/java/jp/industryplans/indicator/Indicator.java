package jp.industryplans.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.industryplans.common.Sourced;
import java.math.BigDecimal;
import java.util.UUID;

/** 指標 — an outcome KPI (施策の指標) or a planned volume (計画事業量), on a plan or an initiative. */
@Entity
@Table(name = "indicator")
public class Indicator extends Sourced {

    @Id
    public UUID id;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "initiative_id")
    public UUID initiativeId;
    /** {@code <owning initiative's key path>#<key>}, or {@code #<key>} on the plan itself. */
    @Column(name = "natural_key")
    public String naturalKey;
    public String name;
    /**
     * 表示名 — the name a person can read alone: the project (or measure) it belongs to, its own
     * name and its plan's fiscal years; kept by {@link IndicatorNames}, null only on a row written
     * by an older replica during a rolling update (readers then fall back to the name).
     */
    @Column(name = "display_name")
    public String displayName;
    public String unit;
    @Enumerated(EnumType.STRING)
    public IndicatorRole role;
    /** 集計方法 — what one figure counts; decides how progress is judged. */
    @Enumerated(EnumType.STRING)
    @Column(name = "counting_mode")
    public CountingMode countingMode = CountingMode.PER_YEAR;
    /**
     * 累計 — the column of schema V1, kept equal to {@code countingMode == RUNNING_TOTAL} so that
     * replicas of an earlier version read the same during a rolling update.
     */
    public boolean cumulative;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    @Column(name = "planned_volume")
    public String plannedVolume;
    @Column(name = "baseline_fiscal_year")
    public Integer baselineFiscalYear;
    @Column(name = "baseline_value")
    public BigDecimal baselineValue;
    @Column(name = "baseline_text")
    public String baselineText;
    @Column(name = "baseline_label")
    public String baselineLabel;
    /** 年度推定 — the source does not give the baseline's fiscal year; it was inferred. */
    @Column(name = "baseline_fiscal_year_inferred")
    public boolean baselineFiscalYearInferred;
    @Column(name = "data_source")
    public String dataSource;
    public String note;
    @Column(name = "sort_order")
    public int sortOrder;
    /** 進捗状況 — the current overall status, re-judged on every change (see IndicatorService#judge). */
    @Enumerated(EnumType.STRING)
    @Column(name = "progress_status")
    public ProgressStatus progressStatus = ProgressStatus.NO_DATA;
    /** 判定の根拠 — whether the stored status rests on an estimate; null with NO_DATA. */
    @Enumerated(EnumType.STRING)
    @Column(name = "progress_basis")
    public ProgressBasis progressBasis;
    @Column(name = "search_text")
    public String searchText = "";

    public String key() {
        return naturalKey.substring(naturalKey.lastIndexOf('#') + 1);
    }
}
