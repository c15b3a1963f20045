package jp.industryplans.indicator;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One figure flattened for spreadsheets: one row per indicator × fiscal year × kind, with its
 * municipality, plan and initiative beside it. The same columns are accepted back by
 * {@code POST /api/v1/indicators/values} (text/csv).
 */
@Schema(name = "IndicatorValueRow")
public record IndicatorValueRow(
        String municipalityCode, String municipalityName, UUID planId, String planTitle, UUID initiativeId,
        String initiativeTitle, UUID indicatorId, String indicatorName, String indicatorDisplayName, String unit,
        int fiscalYear, String fiscalYearLabel, boolean fiscalYearInferred, ValueKind kind, BigDecimal value,
        QualitativeValue qualitative, String text, MissingReason missingReason, String note) {
}
