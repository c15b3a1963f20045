package jp.industryplans.dashboard;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 集計 — counts for a dashboard: plans, initiatives and indicators, and how the indicators
 * stand, in total and per municipality, ready for a chart without further joins.
 */
@Schema(name = "DashboardSummary")
public record DashboardSummary(String municipality, Integer fiscalYear, String fiscalYearLabel, int plans,
                               int initiatives, int indicators, StatusCounts indicatorStatus,
                               List<MunicipalitySummary> byMunicipality) {

    /** How many indicators are in each progress status. */
    @Schema(name = "StatusCounts")
    public record StatusCounts(int achieved, int onTrack, int behind, int noData) {
    }

    @Schema(name = "MunicipalitySummary")
    public record MunicipalitySummary(String code, String name, int plans, int initiatives, int indicators,
                                      StatusCounts indicatorStatus) {
    }
}
