package jp.industryplans.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 目標・実績・見込み — a figure to store: a number, words ({@code qualitative}, in a QUALITATIVE
 * indicator), or the reason it is missing; exactly one of the three.
 */
@Schema(name = "IndicatorValueInput")
public record IndicatorValueInput(
        @Digits(integer = 16, fraction = 4) BigDecimal value,
        QualitativeValue qualitative,
        @Size(max = 200) String text,
        MissingReason missingReason,
        @Size(max = 2000) String note,
        Boolean fiscalYearInferred,
        @Valid Source source) {
}
