package jp.industryplans.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 集計 — counts for a dashboard: plans, initiatives and indicators, and how the indicators
 * stand, in total and per municipality, ready for a chart without further joins. Only the plans
 * in force in one fiscal year are counted, so that each indicator is counted once and plan
 * periods are not mixed; {@code fiscalYearSource} and {@code periods} say which. With {@code asOf}
 * (基準日), the counts are those of each plan's release (公表版) in force on that date.
 */
@Schema(name = "DashboardSummary")
public record DashboardSummary(String municipality, Integer fiscalYear, String fiscalYearLabel,
                               FiscalYearSource fiscalYearSource, LocalDate asOf, List<PlanPeriod> periods, int plans,
                               int initiatives, int indicators, StatusCounts indicatorStatus,
                               List<MunicipalitySummary> byMunicipality) {

    /** How many indicators are in each progress status, and how many of those rest on an estimate. */
    @Schema(name = "StatusCounts")
    public record StatusCounts(int achieved, int onTrack, int behind, int noData, EstimateCounts onEstimates) {
    }

    /** 見込みに基づく判定 — the part of each status count whose basis is ESTIMATE (見込み). */
    @Schema(name = "EstimateCounts")
    public record EstimateCounts(int achieved, int onTrack, int behind) {
    }

    /** 計画期間 — one plan period among the counted plans, and how many plans have it. */
    @Schema(name = "PlanPeriod")
    public record PlanPeriod(int periodStart, int periodEnd, String periodStartLabel, String periodEndLabel,
                             int plans) {
    }

    @Schema(name = "MunicipalitySummary")
    public record MunicipalitySummary(String code, String name, int plans, int initiatives, int indicators,
                                      StatusCounts indicatorStatus) {
    }
}
